import { Fragment, type ReactNode } from 'react';

// A small Markdown subset turned into React elements, never into HTML: every piece of text reaches
// the page as a text node, so markup in a message is shown, not run. Blocks: paragraphs, "> " quotes,
// "- " and "1. " lists, ``` code. Inline: **bold**, *italic* or _italic_, `code`, [text](https://…),
// bare web addresses, and mentions written @[Name](user-id).

const SAFE_URL = /^(https?:\/\/|mailto:)/i;
const INLINE =
  /(`[^`\n]+`)|(\*\*[^*\n]+\*\*)|(\*[^*\n]+\*|_[^_\n]+_)|(@\[[^\]\n]{1,200}\]\([0-9a-f-]{36}\))|(\[[^\]\n]+\]\([^)\s]+\))|(https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"])/g;

export interface MarkdownOptions {
  /** Ids of people mentioned, and the reader's own id (their mentions stand out). */
  me?: string;
}

export function Markdown({ text, me }: { text: string } & MarkdownOptions) {
  return <>{blocks(text, { me })}</>;
}

function blocks(text: string, options: MarkdownOptions): ReactNode[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: ReactNode[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === '') {
      i++;
    } else if (line.startsWith('```')) {
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i]!.startsWith('```'); i++) code.push(lines[i]!);
      i++;
      out.push(
        <pre key={out.length}>
          <code>{code.join('\n')}</code>
        </pre>,
      );
    } else if (/^>\s?/.test(line)) {
      const quoted: string[] = [];
      for (; i < lines.length && /^>\s?/.test(lines[i]!); i++) quoted.push(lines[i]!.replace(/^>\s?/, ''));
      out.push(<blockquote key={out.length}>{blocks(quoted.join('\n'), options)}</blockquote>);
    } else if (/^\s*[-*]\s+/.test(line) || /^\s*\d+[.)]\s+/.test(line)) {
      const ordered = /^\s*\d+[.)]\s+/.test(line);
      const marker = ordered ? /^\s*\d+[.)]\s+/ : /^\s*[-*]\s+/;
      const items: string[] = [];
      for (; i < lines.length && marker.test(lines[i]!); i++) items.push(lines[i]!.replace(marker, ''));
      const children = items.map((item, index) => <li key={index}>{inline(item, options)}</li>);
      out.push(ordered ? <ol key={out.length}>{children}</ol> : <ul key={out.length}>{children}</ul>);
    } else {
      const paragraph: string[] = [];
      for (; i < lines.length && lines[i]!.trim() !== '' && !/^(```|>|\s*[-*]\s+|\s*\d+[.)]\s+)/.test(lines[i]!); i++) paragraph.push(lines[i]!);
      out.push(
        <p key={out.length}>
          {paragraph.map((l, index) => (
            <Fragment key={index}>
              {index > 0 && <br />}
              {inline(l, options)}
            </Fragment>
          ))}
        </p>,
      );
    }
  }
  return out;
}

function inline(text: string, options: MarkdownOptions): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const [token] = match;
    const start = match.index;
    if (start > last) out.push(text.slice(last, start));
    const key = out.length;
    if (match[1]) out.push(<code key={key}>{token.slice(1, -1)}</code>);
    else if (match[2]) out.push(<strong key={key}>{inline(token.slice(2, -2), options)}</strong>);
    else if (match[3]) out.push(<em key={key}>{inline(token.slice(1, -1), options)}</em>);
    else if (match[4]) {
      const [, name, id] = /^@\[(.+)\]\(([0-9a-f-]{36})\)$/.exec(token)!;
      out.push(
        <span key={key} className={id === options.me ? 'mention mention-me' : 'mention'}>
          @{name}
        </span>,
      );
    } else if (match[5]) {
      const [, label, url] = /^\[(.+)\]\((.+)\)$/.exec(token)!;
      out.push(
        SAFE_URL.test(url!) ? (
          <ExternalLink key={key} href={url!}>
            {label}
          </ExternalLink>
        ) : (
          token
        ),
      );
    } else
      out.push(
        <ExternalLink key={key} href={token}>
          {token}
        </ExternalLink>,
      );
    last = start + token.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow ugc">
      {children}
    </a>
  );
}
