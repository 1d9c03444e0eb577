import { describe, expect, it } from '@jest/globals';
import { writeCsv } from '../../common/csv/csv-writer.js';
import { parseCsv } from './csv.js';

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

  it.each([',', ';'] as const)('reads back what the export writer writes with %s between cells', (delimiter) => {
    const rows = [
      ['name', 'notes'],
      ['a', 'b, c; d'],
      ['say "hi"', 'line\nbreak'],
    ];
    expect(parseCsv(writeCsv(rows, { delimiter }))).toEqual(rows);
  });
});
