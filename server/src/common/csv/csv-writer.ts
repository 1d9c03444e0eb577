import { Readable, pipeline } from 'node:stream';
import { stringify, type Options } from 'csv-stringify';
import { stringify as stringifyAll } from 'csv-stringify/sync';
import type { CsvDelimiter, Language } from '@sstc/shared';

type CsvCell = string | number | Date | null | undefined;
export type CsvRow = readonly CsvCell[];

/** How a file is written for the spreadsheet that will open it. */
export interface CsvFormat {
  delimiter: ',' | ';';
}

/** Languages whose spreadsheets write decimals with a comma, and so expect `;` between cells. */
const DECIMAL_COMMA: ReadonlySet<Language> = new Set(['es', 'fr', 'pt']);

/**
 * The format for a reader: an explicit `?delimiter=` wins, otherwise the reader's language decides,
 * since the person who downloads the file opens it in a spreadsheet set to their own locale.
 */
export function csvFormatFor(language: Language, explicit?: CsvDelimiter): CsvFormat {
  if (explicit) return { delimiter: explicit === 'semicolon' ? ';' : ',' };
  return { delimiter: DECIMAL_COMMA.has(language) ? ';' : ',' };
}

function options(format: CsvFormat): Options {
  const decimalComma = format.delimiter === ';';
  return {
    // A byte-order mark lets spreadsheets read accents (São Tomé, Côte d'Ivoire) as UTF-8.
    bom: true,
    delimiter: format.delimiter,
    record_delimiter: 'windows',
    // A lone line break inside a cell is quoted too, not only CRLF.
    quote_record_delimiter: true,
    // A cell starting with = + - @ tab or CR would run as a formula: it gets a leading apostrophe.
    escape_formulas: true,
    cast: {
      // With `;` between cells the spreadsheet reads 2,5 as a number and 2.5 as text or a date.
      number: (value) => (decimalComma ? String(value).replace('.', ',') : String(value)),
      date: (value) => value.toISOString(),
    },
  };
}

/** Rows (the header first) as one CSV string: for exports small enough to build in memory. */
export function writeCsv(rows: Iterable<CsvRow>, format: CsvFormat): string {
  return stringifyAll([...rows] as unknown[], options(format));
}

/**
 * Rows (the header first) as a stream of CSV text, pulled as the response drains, so a large
 * export never sits in memory. A failure while reading rows destroys the stream with that error.
 */
export function csvStream(rows: Iterable<CsvRow> | AsyncIterable<CsvRow>, format: CsvFormat): Readable {
  const output = stringify(options(format));
  pipeline(Readable.from(rows), output, () => undefined);
  return output;
}
