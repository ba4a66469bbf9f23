// CSV as RFC 4180 describes it (no CSV library is installed; this is the small, tested subset we
// need): fields separated by commas (or semicolons, as Dutch spreadsheets save), records by CRLF
// or LF, fields in double quotes may hold separators, line breaks and doubled quotes.

export class CsvError extends Error {
  constructor(
    readonly code: 'unclosed_quote' | 'text_after_quote',
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

/** Parses CSV text into records of fields. A final line break does not make an empty record. */
export function parseCsv(input: string, separator: ',' | ';' = guessSeparator(input)): string[][] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let afterQuote = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === separator) {
      record.push(field);
      field = '';
      afterQuote = false;
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      afterQuote = false;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    if (afterQuote) throw new CsvError('text_after_quote', records.length + 1);
    if (c === '"' && field === '') {
      quoted = true;
      i++;
      continue;
    }
    field += c;
    i++;
  }
  if (quoted) throw new CsvError('unclosed_quote', records.length + 1);
  if (field !== '' || record.length > 0 || afterQuote) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/**
 * One field for a spreadsheet: quoted when needed, and a field that a spreadsheet would run as a
 * formula (starting with = + - @, tab or carriage return) gets a leading apostrophe (OWASP's advice
 * against CSV injection), so an exported post text can never execute on the reader's machine.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: string[][]): string {
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
