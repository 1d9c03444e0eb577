import { describe, expect, it } from '@jest/globals';
import { render } from '@testing-library/react';
import { Markdown } from './markdown.js';

const html = (text: string, me?: string) => render(<Markdown text={text} me={me} />).container.innerHTML;

describe('Markdown subset', () => {
  it('renders emphasis, code, lists, quotes and paragraphs', () => {
    expect(html('**bold** and *italic* and _also_ and `x < y`')).toBe(
      '<p><strong>bold</strong> and <em>italic</em> and <em>also</em> and <code>x &lt; y</code></p>',
    );
    expect(html('- one\n- two\n\n1. first')).toBe('<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>');
    expect(html('> quoted\nline two\nline three')).toBe('<blockquote><p>quoted</p></blockquote><p>line two<br>line three</p>');
    expect(html('```\n<b>code</b>\n```')).toBe('<pre><code>&lt;b&gt;code&lt;/b&gt;</code></pre>');
  });

  it('links only web and mail addresses, opening them in a new tab', () => {
    expect(html('[ILO](https://www.ilo.org) https://itcilo.org.')).toBe(
      '<p><a href="https://www.ilo.org" target="_blank" rel="noopener noreferrer nofollow ugc">ILO</a> <a href="https://itcilo.org" target="_blank" rel="noopener noreferrer nofollow ugc">https://itcilo.org</a>.</p>',
    );
    expect(html('[click](javascript:alert(1))')).toBe('<p>[click](javascript:alert(1))</p>');
  });

  it('shows markup and scripts as text', () => {
    const view = render(<Markdown text={'<img src=x onerror="alert(1)"><script>alert(2)</script> <a href="javascript:alert(3)">x</a>'} />);
    expect(view.container.querySelector('img, script, a')).toBeNull();
    expect(view.container.textContent).toContain('<script>alert(2)</script>');
  });

  it('marks mentions, and the reader own ones', () => {
    const me = '11111111-1111-4111-8111-111111111111';
    expect(html(`hi @[Ana](${me}) and @[Bruno](22222222-2222-4222-8222-222222222222)`, me)).toBe(
      '<p>hi <span class="mention mention-me">@Ana</span> and <span class="mention">@Bruno</span></p>',
    );
  });
});
