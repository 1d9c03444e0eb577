import { describe, expect, it } from '@jest/globals';
import { joinRuns, splitRuns } from './text-runs.js';

const runs = (markdown: string) =>
  splitRuns(markdown)
    .filter((p) => p.translate)
    .map((p) => p.text);
const upper = (markdown: string) => joinRuns(splitRuns(markdown), (run) => run.toUpperCase());

describe('text runs of a message', () => {
  it('gives back the text exactly when nothing is translated', () => {
    const text =
      '# Title\n\n> quoted **bold** and `code`\n- item [link](https://a.example/x_y) @[Ana Souza](0b1e9f5e-8c1a-4c36-9a43-6a4f2f0f1d2e)\n\n```\nconst a_b = 1;\n```\n';
    expect(joinRuns(splitRuns(text), (run) => run)).toBe(text);
  });

  it('translates words, not markup', () => {
    expect(upper('Hello **world**, see `npm test` and https://ilo.org/x_y')).toBe('HELLO **WORLD**, SEE `npm test` AND https://ilo.org/x_y');
    expect(upper('- first item\n1. second *one*')).toBe('- FIRST ITEM\n1. SECOND *ONE*');
    expect(upper('Read [the guide](https://a.example/guide) now')).toBe('READ [THE GUIDE](https://a.example/guide) NOW');
  });

  it('keeps mentions, code blocks and HTML tags whole', () => {
    const mention = '@[Ana Souza](0b1e9f5e-8c1a-4c36-9a43-6a4f2f0f1d2e)';
    expect(upper(`Thanks ${mention}!`)).toBe(`THANKS ${mention}!`);
    expect(upper('Run:\n```\nnpm run build\n```\ndone')).toBe('RUN:\n```\nnpm run build\n```\nDONE');
    expect(upper('a <br> b')).toBe('A <br> B');
  });

  it('leaves words with underscores inside alone and skips runs with no letters', () => {
    expect(runs('use snake_case here')).toEqual(['use snake_case here']);
    expect(runs('**42** — 3.5%')).toEqual([]);
  });
});
