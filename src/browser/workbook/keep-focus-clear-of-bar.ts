/**
 * The bar sticks to the top of the screen, and a partner's name sticks below it
 * while their questions scroll: scrolling (by focus, by a link, by scrollIntoView)
 * must leave room for both, or they would cover the control in focus (WCAG 2.4.11).
 * The bar's height changes as it wraps or its menu opens, so it is measured; the
 * banners stick at `--bar-height`.
 */
export function keepFocusClearOfBar(bar: HTMLElement): void {
  const root = document.documentElement;
  // A banner is measured when one shows; until then, room for one line of it. The room
  // is kept in every view: a link from one view scrolls to a question in another
  // before anything could measure that view's banner.
  let banner = 48;
  const update = () => {
    const sticky = getComputedStyle(bar).position === "sticky";
    const height = sticky ? Math.ceil(bar.getBoundingClientRect().height) : 0;
    const shown = Array.from(document.querySelectorAll<HTMLElement>(".partner-banner")).find((element) => element.offsetHeight > 0);
    if (shown) banner = Math.max(banner, shown.offsetHeight);
    root.style.setProperty("--bar-height", `${height}px`);
    root.style.scrollPaddingTop = sticky ? `${height + banner + 16}px` : "";
  };
  new ResizeObserver(update).observe(bar);
  window.addEventListener("hashchange", () => requestAnimationFrame(update));
  update();
}
