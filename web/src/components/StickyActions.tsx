import { type ReactNode, useLayoutEffect, useRef } from 'react';

/**
 * The bar of actions that stays at the bottom of the window (the composer's save bar). It
 * publishes its real height as --sticky-bar-height, which the page's scroll-padding-bottom uses,
 * so a field that gets focus is scrolled clear of the bar, however tall the bar is (it grows
 * when the privacy verdict shows) — WCAG 2.4.11. Where the bar is not sticky (narrow screens) it
 * reserves nothing.
 */
export function StickyActions({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const root = document.documentElement;
    const measure = () => {
      const sticky = getComputedStyle(el).position === 'sticky';
      root.style.setProperty('--sticky-bar-height', `${sticky ? Math.ceil(el.getBoundingClientRect().height) : 0}px`);
    };
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(el);
    window.addEventListener('resize', measure);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', measure);
      root.style.removeProperty('--sticky-bar-height');
    };
  }, []);
  return (
    <div className={`sticky-actions${className ? ` ${className}` : ''}`} ref={ref} data-testid="sticky-actions">
      {children}
    </div>
  );
}
