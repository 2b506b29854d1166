/**
 * Where the toolbar sticks to the top of the screen, scrolling (by focus, by a link,
 * by scrollIntoView) must leave room for it, or it would cover the control in focus
 * (WCAG 2.4.11). The bar's height changes as it wraps, so it is measured.
 */
export function keepFocusClearOfBar(bar: HTMLElement): void {
  const root = document.documentElement;
  const update = () => {
    const sticky = getComputedStyle(bar).position === "sticky";
    root.style.scrollPaddingTop = sticky ? `${Math.ceil(bar.getBoundingClientRect().height) + 16}px` : "";
  };
  new ResizeObserver(update).observe(bar);
  window.matchMedia("(min-width: 48rem) and (min-height: 40rem)").addEventListener("change", update);
  update();
}
