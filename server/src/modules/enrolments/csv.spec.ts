import { describe, expect, it } from '@jest/globals';
import { parseCsv, toCsv } from './csv.js';

describe('CSV', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    expect(parseCsv('name,notes\r\n"Silva, João","He said ""olá""\nand left"\r\n')).toEqual([
      ['name', 'notes'],
      ['Silva, João', 'He said "olá"\nand left'],
    ]);
  });

  it('guesses semicolons and tabs from the header, and drops a byte-order mark and blank lines', () => {
    expect(parseCsv('\uFEFFnombre;correo\n\nAna;ana@x.org\n;\n')).toEqual([
      ['nombre', 'correo'],
      ['Ana', 'ana@x.org'],
    ]);
    expect(parseCsv('a\tb\n1\t2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('writes what it reads back, and keeps formulas from running in spreadsheets', () => {
    const rows = [['a', 'b, c', 'say "hi"', 'line\nbreak']];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
    expect(toCsv([['=HYPERLINK("x")', '+1', 'plain']])).toBe(`"'=HYPERLINK(""x"")",'+1,plain\r\n`);
  });
});
