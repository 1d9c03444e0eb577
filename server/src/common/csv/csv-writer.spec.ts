import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from '@jest/globals';
import { LANGUAGES } from '@sstc/shared';
import { csvFormatFor, csvStream, writeCsv, type CsvRow } from './csv-writer.js';

const BOM = '\uFEFF';
const comma = { delimiter: ',' } as const;
const semicolon = { delimiter: ';' } as const;
// Read as bytes: a TextDecoder (stream/consumers' text) would drop the byte-order mark.
const text = async (stream: Readable) => (await buffer(stream)).toString('utf8');

describe('CSV writer', () => {
  it('starts with a byte-order mark and ends every record with CRLF', () => {
    expect(
      writeCsv(
        [
          ['name', 'country'],
          ['Ana', 'São Tomé e Príncipe'],
        ],
        comma,
      ),
    ).toBe(`${BOM}name,country\r\nAna,São Tomé e Príncipe\r\n`);
  });

  it('separates with a comma in English and a semicolon in Spanish, French and Portuguese', () => {
    expect(LANGUAGES.map((language) => [language, csvFormatFor(language).delimiter])).toEqual([
      ['en', ','],
      ['es', ';'],
      ['fr', ';'],
      ['pt', ';'],
    ]);
    expect(writeCsv([['a', 'b']], csvFormatFor('fr'))).toBe(`${BOM}a;b\r\n`);
  });

  it('lets an explicit ?delimiter= win over the language', () => {
    expect(csvFormatFor('fr', 'comma').delimiter).toBe(',');
    expect(csvFormatFor('en', 'semicolon').delimiter).toBe(';');
  });

  it('quotes cells holding the delimiter, a quote or a line break, and only those', () => {
    const row = ['Silva, João', 'say "hi"', 'two\nlines', 'a;b', 'plain'];
    expect(writeCsv([row], comma)).toBe(`${BOM}"Silva, João","say ""hi""","two\nlines",a;b,plain\r\n`);
    expect(writeCsv([row], semicolon)).toBe(`${BOM}Silva, João;"say ""hi""";"two\nlines";"a;b";plain\r\n`);
  });

  it.each(['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])('defuses %j so a spreadsheet keeps it as text', (cell) => {
    const written = writeCsv([[cell]], comma).slice(1, -2);
    expect(written.replace(/^"|"$/g, '').startsWith(`'${cell[0]}`)).toBe(true);
  });

  it('leaves negative numbers alone, and writes decimals with a comma where cells are separated by semicolons', () => {
    expect(writeCsv([[-3, 2.5, 40]], comma)).toBe(`${BOM}-3,2.5,40\r\n`);
    expect(writeCsv([[-3, 2.5, 40]], semicolon)).toBe(`${BOM}-3;2,5;40\r\n`);
  });

  it('writes missing values as empty cells and dates in ISO 8601 UTC', () => {
    expect(writeCsv([[null, undefined, new Date('2016-07-11T07:00:00Z'), '']], comma)).toBe(`${BOM},,2016-07-11T07:00:00.000Z,\r\n`);
  });

  it('streams the same text as it writes at once', async () => {
    const rows: CsvRow[] = [
      ['name', 'score'],
      ['=Ana', 4.5],
    ];
    async function* slowly() {
      for (const row of rows) yield row;
    }
    expect(await text(csvStream(slowly(), semicolon))).toBe(writeCsv(rows, semicolon));
  });

  it('reads rows only as the reader asks for more', async () => {
    let pulled = 0;
    function* many() {
      for (let i = 0; i < 100_000; i++) {
        pulled++;
        yield [i, `row ${i}`];
      }
    }
    const stream = csvStream(many(), comma);
    for await (const chunk of stream) {
      expect(String(chunk).startsWith(BOM)).toBe(true);
      break;
    }
    expect(pulled).toBeGreaterThan(0);
    expect(pulled).toBeLessThan(10_000);
  });

  it('fails the stream when reading rows fails', async () => {
    async function* broken() {
      yield ['a'];
      throw new Error('database went away');
    }
    await expect(text(csvStream(broken(), comma))).rejects.toThrow('database went away');
  });
});
