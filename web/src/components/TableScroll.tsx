import type { ReactNode } from 'react';

/** A wide table that scrolls sideways on a narrow screen; the region takes keyboard focus so the
 *  scrolling works without a mouse (axe: scrollable-region-focusable). */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to scroll it
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
