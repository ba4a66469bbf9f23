// The CSV reader and writer (csv-parse, csv-stringify) behind the plan's CSV import and export.
import { describe, expect, it } from 'vitest';
import { type CsvError, csvField, parseCsv, toCsv } from '../../src/domain/csv.ts';

describe('parseCsv', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks', () => {
    const text = 'text,channels\r\n"Open dag, zaterdag","Website"\n"Zij zei ""welkom""\nen tot ziens",x\n';
    expect(parseCsv(text)).toEqual([
      ['text', 'channels'],
      ['Open dag, zaterdag', 'Website'],
      ['Zij zei "welkom"\nen tot ziens', 'x'],
    ]);
  });

  it('takes the semicolon as separator when the header line uses it (Dutch spreadsheets)', () => {
    expect(parseCsv('tekst;kanalen\nHallo, wereld;Website')).toEqual([
      ['tekst', 'kanalen'],
      ['Hallo, wereld', 'Website'],
    ]);
  });

  it('keeps empty fields and drops a byte order mark', () => {
    expect(parseCsv('\uFEFFa,,c\n,,\n')).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
    ]);
  });

  it('names the record of an unclosed quote or text after a closing quote', () => {
    expect(() => parseCsv('a\nb\n"never closed')).toThrowError(expect.objectContaining({ code: 'unclosed_quote', record: 3 }) as CsvError);
    expect(() => parseCsv('a\n"x"y')).toThrowError(expect.objectContaining({ code: 'text_after_quote', record: 2 }) as CsvError);
  });
});

describe('csvField', () => {
  it('neutralises formulas: = + - @ tab and CR at the start get an apostrophe', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvField(`${start}SUM(A1)`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvField('Gewoon een tekst')).toBe('Gewoon een tekst');
  });

  it('round-trips through the parser', () => {
    const rows = [
      ['text', 'labels'],
      ['Zij zei "hoi", toen\nging ze', 'a; b'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});
