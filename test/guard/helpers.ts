import { scanText } from '../../src/guard/scan-text.ts';
import type { ScanOptions } from '../../src/guard/types.ts';

/** Findings of one rule as [severity, covered text] pairs. */
export function found(text: string, rule: string, opts: ScanOptions = {}): [string, string][] {
  return scanText(text, opts)
    .findings.filter((f) => f.rule === rule)
    .map((f) => [f.severity, text.slice(f.start, f.end)]);
}
