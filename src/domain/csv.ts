// CSV for the plan's import and export, through csv-parse and csv-stringify (RFC 4180): fields
// separated by commas or by semicolons (as Dutch spreadsheets save), quoted fields may hold
// separators, line breaks and doubled quotes. Here only what Zorgpost adds: the separator guess,
// errors that name the record, and formula neutralising on export.
import { CsvError as LibraryCsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

export class CsvError extends Error {
  constructor(
    readonly code: 'unclosed_quote' | 'text_after_quote' | 'unreadable',
    /** The record (1 = the first line of the file) where the problem is. */
    readonly record: number,
  ) {
    super(`${code} in record ${record}`);
  }
}

/** The separator of the header line: a semicolon when it has more of those than commas. */
export function guessSeparator(text: string): ',' | ';' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => firstLine.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

const ERROR_CODES: Record<string, CsvError['code']> = {
  CSV_QUOTE_NOT_CLOSED: 'unclosed_quote',
  CSV_INVALID_CLOSING_QUOTE: 'text_after_quote',
};

/** Parses CSV text into records of fields; rows may differ in length (the importer names them). */
export function parseCsv(input: string, separator: ',' | ';' = guessSeparator(input)): string[][] {
  try {
    return parse(input, {
      delimiter: separator,
      record_delimiter: ['\r\n', '\n', '\r'],
      bom: true,
      relax_column_count: true,
    }) as string[][];
  } catch (error) {
    if (error instanceof LibraryCsvError) {
      throw new CsvError(ERROR_CODES[error.code] ?? 'unreadable', (error as { lines?: number }).lines ?? 1);
    }
    throw error;
  }
}

/**
 * A field a spreadsheet would run as a formula (starting with = + - @, tab or carriage return)
 * gets a leading apostrophe (OWASP's advice against CSV injection), so an exported post text can
 * never execute on the reader's machine.
 */
function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const WRITE = { record_delimiter: 'windows', quoted_match: /;/ } as const;

/** One field as it appears in the exported file: neutralised, quoted when needed. */
export function csvField(value: string): string {
  return stringify([[neutralise(value)]], { ...WRITE, record_delimiter: '' });
}

export function toCsv(rows: string[][]): string {
  return stringify(
    rows.map((row) => row.map(neutralise)),
    WRITE,
  );
}
