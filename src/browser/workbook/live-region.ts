/** Says a short message to screen readers. */
export type Announce = (text: string) => void;

/** A polite live region for short announcements (an item added, a signature made). */
export function createLiveRegion(document: Document): Announce {
  const region = document.createElement("p");
  region.className = "visually-hidden";
  region.setAttribute("role", "status");
  document.body.append(region);
  return (text) => {
    region.textContent = "";
    // A fresh node after a tick makes screen readers read a repeated message again.
    setTimeout(() => (region.textContent = text), 50);
  };
}
