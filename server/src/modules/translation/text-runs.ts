/**
 * Markdown split into what a translation engine may see (text runs) and what it must not touch
 * (markup): fenced and inline code, block markers (headings, quotes, list items), emphasis markers,
 * link targets, mentions @[Name](id), bare web addresses and HTML tags stay exactly as written; the
 * words between them are translated one run at a time and put back in place.
 */
export interface Piece {
  text: string;
  /** True for a run of words to translate; false for markup kept verbatim. */
  translate: boolean;
}

const FENCE = /^\s*(```|~~~)/;
const BLOCK_PREFIX = /^(?:\s*(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+|\[[ xX]\]\s+))+/;
// Alternatives, in order: inline code, mention, the "](target)" end of a link, link start "[",
// image start "![", bare address, HTML tag, emphasis markers (not inside a word for * and _).
const INLINE_MARKUP =
  /(`+)[^`]*?\1|@\[[^\]\n]{1,200}\]\([0-9a-f-]{36}\)|\]\([^)\s]*(?:\s+"[^"]*")?\)|!?\[|\]|(?:https?:\/\/|mailto:|www\.)[^\s<>()]+[^\s<>().,;:!?'"]|<\/?[A-Za-z][^>]*>|\*\*|__|~~|(?<![\p{L}\p{N}])[*_]|[*_](?![\p{L}\p{N}])/gu;

export function splitRuns(markdown: string): Piece[] {
  const pieces: Piece[] = [];
  const keep = (text: string) => text && pieces.push({ text, translate: false });
  const words = (text: string) => {
    if (!text) return;
    // Whitespace at the edges, and runs with no letter in them, stay as they are.
    const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
    keep(lead);
    if (/\p{L}/u.test(core)) pieces.push({ text: core, translate: true });
    else keep(core);
    keep(trail);
  };
  const lines = markdown.split(/(\r?\n)/);
  let fenced = false;
  for (const line of lines) {
    if (line === '\n' || line === '\r\n') {
      keep(line);
      continue;
    }
    if (FENCE.test(line)) {
      fenced = !fenced;
      keep(line);
      continue;
    }
    if (fenced || /^( {4}|\t)/.test(line)) {
      keep(line);
      continue;
    }
    const prefix = BLOCK_PREFIX.exec(line)?.[0] ?? '';
    keep(prefix);
    const rest = line.slice(prefix.length);
    let last = 0;
    for (const match of rest.matchAll(INLINE_MARKUP)) {
      words(rest.slice(last, match.index));
      keep(match[0]);
      last = match.index + match[0].length;
    }
    words(rest.slice(last));
  }
  return merge(pieces);
}

/** The text again from its pieces, each translatable run replaced by `translate(run)`. */
export function joinRuns(pieces: Piece[], translated: (run: string) => string): string {
  return pieces.map((piece) => (piece.translate ? translated(piece.text) : piece.text)).join('');
}

/** Adjacent markup pieces become one. */
function merge(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    const previous = out.at(-1);
    if (previous && !previous.translate && !piece.translate) previous.text += piece.text;
    else out.push({ ...piece });
  }
  return out;
}
