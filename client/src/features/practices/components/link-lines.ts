import type { PracticeLink } from '@sstc/shared';

/** The editor writes partners and links one per line; links as "name | https://address". */
export const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
export const linksText = (links: PracticeLink[], kind: PracticeLink['kind']) =>
  links
    .filter((link) => link.kind === kind)
    .map((link) => `${link.label} | ${link.url}`)
    .join('\n');
export const parseLinks = (text: string, kind: PracticeLink['kind']): PracticeLink[] =>
  lines(text).map((line) => {
    const [label, url] = line.includes('|') ? line.split('|').map((part) => part.trim()) : [line, line];
    return { kind, label: label || url!, url: url ?? '' };
  });
