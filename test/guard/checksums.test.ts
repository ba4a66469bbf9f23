import { describe, expect, it } from 'vitest';
import { isValidBsn, isValidIban } from '../../src/guard/checksums.ts';

describe('elfproef (BSN)', () => {
  it('accepts numbers whose weighted sum is divisible by 11', () => {
    expect(isValidBsn('111222333')).toBe(true); // 9+8+7+12+10+8+9+6-3 = 66
    expect(isValidBsn('123456782')).toBe(true);
  });
  it('rejects numbers that fail the check, and all zeros', () => {
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('111222334')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
  });
  it('treats 8 digits as a BSN without its leading zero', () => {
    // 012345672: 0+8+14+18+20+20+18+14-2 = 110
    expect(isValidBsn('012345672')).toBe(true);
    expect(isValidBsn('12345672')).toBe(true);
  });
  it('rejects wrong lengths and non-digits', () => {
    expect(isValidBsn('1234567')).toBe(false);
    expect(isValidBsn('12345678a')).toBe(false);
  });
});

describe('IBAN mod-97', () => {
  it('accepts valid Dutch and foreign IBANs, with or without spaces', () => {
    expect(isValidIban('NL91ABNA0417164300')).toBe(true);
    expect(isValidIban('NL91 ABNA 0417 1643 00')).toBe(true);
    expect(isValidIban('nl91abna0417164300')).toBe(true);
    expect(isValidIban('GB82WEST12345698765432')).toBe(true);
  });
  it('rejects a changed digit or swapped check digits', () => {
    expect(isValidIban('NL91ABNA0417164301')).toBe(false);
    expect(isValidIban('NL19ABNA0417164300')).toBe(false);
    expect(isValidIban('NL91ABNA04171643')).toBe(false);
  });
});
