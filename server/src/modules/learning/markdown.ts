import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

// Raw HTML in the Markdown source is shown as text, never interpreted: units are written by
// facilitators, read by everyone, and the platform must not become a vector for script.
const marked = new Marked({
  async: false,
  gfm: true,
  breaks: false,
  renderer: {
    html({ text }) {
      return escapeHtml(text);
    },
  },
});

const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'p',
    'br',
    'hr',
    'strong',
    'em',
    'del',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'span',
  ],
  allowedAttributes: { a: ['href', 'title', 'target', 'rel'], ol: ['start'], th: ['align'], td: ['align'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  transformTags: {
    // A unit's own heading is the page's h1; Markdown headings start one level below it.
    h1: 'h2',
    // Links leave the platform in a new tab without handing it a reference to this page.
    // A link with any other scheme (javascript:, data:, …) keeps its text and loses its link.
    a: (tagName, attribs): sanitizeHtml.Tag =>
      SAFE_HREF.test(attribs.href?.trim() ?? '')
        ? { tagName, attribs: { ...attribs, target: '_blank', rel: 'noopener noreferrer' } }
        : { tagName: 'span', attribs: {} },
    // Images are left out: units stay light on slow networks; media belong in resources, on demand.
    img: (_, attribs): sanitizeHtml.Tag => {
      const src = attribs.src?.trim() ?? '';
      return SAFE_HREF.test(src)
        ? { tagName: 'a', attribs: { href: src, target: '_blank', rel: 'noopener noreferrer' }, text: attribs.alt || src }
        : { tagName: 'span', attribs: {}, text: attribs.alt ?? '' };
    },
  },
};

/** Markdown to HTML that is safe to insert into the page: no raw HTML, no script, no event handlers, only http(s)/mailto links. */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown ?? '') as string;
  return sanitizeHtml(html, SANITIZE);
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
