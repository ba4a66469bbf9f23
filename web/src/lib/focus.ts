/**
 * Focus that would otherwise fall to <body> (the focused button was removed or disabled) goes to
 * a sensible element instead: WCAG 2.4.3. Runs after the next frame, once React has committed.
 * Does nothing when the person (or an autoFocus) has already put focus somewhere.
 */
export function returnFocusSoon(...candidates: (() => HTMLElement | null | undefined)[]) {
  requestAnimationFrame(() => {
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    for (const candidate of candidates) {
      const el = candidate();
      if (el?.isConnected && !(el as HTMLButtonElement).disabled) {
        el.focus();
        return;
      }
    }
    // Last resort: the start of the main content (it has tabIndex -1), never <body>.
    document.getElementById('main')?.focus();
  });
}
