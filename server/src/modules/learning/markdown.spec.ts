import { describe, expect, it } from '@jest/globals';
import { renderMarkdown } from './markdown.js';

describe('renderMarkdown', () => {
  it('renders headings, emphasis, lists and links', () => {
    const html = renderMarkdown('# SDG 8\n\nDecent work **for all**, *everywhere*.\n\n- one\n- two\n\n[ILO](https://www.ilo.org)');
    expect(html).toContain('<h2>SDG 8</h2>');
    expect(html).toContain('<strong>for all</strong>');
    expect(html).toContain('<em>everywhere</em>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<a href="https://www.ilo.org" target="_blank" rel="noopener noreferrer">ILO</a>');
  });

  it('shows a script tag as text instead of running it', () => {
    const html = renderMarkdown('Hello <script>alert(1)</script>\n\n<script>alert(2)</script>');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('keeps no event handler attribute from raw HTML', () => {
    const html = renderMarkdown(
      '<img src="x" onerror="alert(1)">\n\n<a href="https://example.org" onclick="steal()">x</a> <b onmouseover="x()">b</b>',
    );
    expect(html).not.toMatch(/<[^>]+\son\w+=/i);
    expect(html).not.toMatch(/<img/i);
  });

  it('drops javascript:, data: and vbscript: links from Markdown', () => {
    const html = renderMarkdown(
      '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](data:text/html;base64,PHNjcmlwdD4=) [d](vbscript:msgbox) <javascript:alert(1)>',
    );
    expect(html).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
    expect(html).not.toMatch(/<a [^>]*href="(?!https?:|mailto:)/i);
    expect(html).toContain('<span>a</span>');
  });

  it('turns a Markdown image into a link, so media load only on demand', () => {
    const html = renderMarkdown('![Turin campus](https://example.org/campus.jpg)');
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('<a href="https://example.org/campus.jpg" target="_blank" rel="noopener noreferrer">Turin campus</a>');
  });

  it('opens every link in a new tab without an opener', () => {
    const html = renderMarkdown('[x](https://example.org "t") and <https://example.com>');
    const anchors = html.match(/<a [^>]*>/g) ?? [];
    expect(anchors).toHaveLength(2);
    for (const anchor of anchors) {
      expect(anchor).toContain('target="_blank"');
      expect(anchor).toContain('rel="noopener noreferrer"');
    }
  });
});
