// The privacy guard (src/guard) runs in the browser too: pure TypeScript, no I/O. It is loaded on
// demand as its own chunk (it carries name lists and phone metadata), so pages without a text
// editor stay light.
import { useEffect, useState, type RefObject } from 'react';
import type { Finding, Severity, Verdict } from '../types';

export type GuardModule = typeof import('../../../src/guard/scan-text');

let loaded: GuardModule | null = null;
let pending: Promise<GuardModule> | null = null;

export function loadGuard(): Promise<GuardModule> {
  if (loaded) return Promise.resolve(loaded);
  pending ??= import('../../../src/guard/scan-text').then(
    (m) => (loaded = m),
    (err: unknown) => {
      pending = null; // try again next time (e.g. after a network hiccup)
      throw err;
    },
  );
  return pending;
}

/** The guard engine once loaded (null meanwhile), and whether loading failed. */
export function useGuardEngine(): { engine: GuardModule | null; failed: boolean } {
  const [engine, setEngine] = useState<GuardModule | null>(loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (engine) return;
    let live = true;
    loadGuard().then(
      (m) => live && setEngine(() => m),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [engine]);
  return { engine, failed };
}

export const SEVERITY_RANK: Record<Severity, number> = { block: 3, warn: 2, info: 1 };

export function worstVerdict(verdicts: Verdict[]): Verdict {
  if (verdicts.includes('block')) return 'block';
  if (verdicts.includes('warn')) return 'warn';
  return 'ok';
}

export interface Segment {
  text: string;
  severity: Severity | null;
}

/** The text cut into runs, each with the strongest severity of the findings covering it. */
export function highlightSegments(text: string, findings: readonly Finding[]): Segment[] {
  const spans = findings.filter((f) => f.end > f.start && f.start < text.length);
  if (spans.length === 0) return [{ text, severity: null }];
  const cuts = new Set<number>([0, text.length]);
  for (const f of spans) {
    cuts.add(Math.max(0, f.start));
    cuts.add(Math.min(text.length, f.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    if (to <= from) continue;
    let severity: Severity | null = null;
    for (const f of spans) {
      if (f.start <= from && f.end >= to && (!severity || SEVERITY_RANK[f.severity] > SEVERITY_RANK[severity])) severity = f.severity;
    }
    const last = out[out.length - 1];
    if (last && last.severity === severity) last.text += text.slice(from, to);
    else out.push({ text: text.slice(from, to), severity });
  }
  return out;
}

/** Put the caret on a finding's span (the "show in the text" button of the findings list). */
export function selectFinding(ref: RefObject<HTMLTextAreaElement | null>, finding: Finding): void {
  const el = ref.current;
  if (!el) return;
  el.focus();
  el.setSelectionRange(finding.start, finding.end);
}
