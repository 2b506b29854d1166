import { element } from "../element.ts";

/** What the contract view says instead of a contract. */
export interface Message {
  kind: "empty" | "refused" | "unavailable" | "failed" | "invalid" | "outdated";
  title: string;
  text: string[];
  /** Reasons, one line each (a refused contract's problems). */
  details?: string[];
  /** Where to go next. */
  link?: { href: string; text: string };
}

/** How many reasons a message lists before saying how many more there are. */
const MAX_DETAILS = 8;

/** Renders a message in place of the contract (nothing saved yet, data refused, no storage) or above it (answers to correct, signatures to give again). */
export function renderMessage(message: Message): HTMLElement {
  const details = message.details ?? [];
  const shown = details.slice(0, MAX_DETAILS);
  const rest = details.length - shown.length;
  return element("section", {
    className: `contract-message contract-message-${message.kind}`,
    attributes: { "aria-labelledby": `contract-message-${message.kind}`, "data-state": message.kind },
    children: [
      element("h2", { attributes: { id: `contract-message-${message.kind}` }, children: [message.title] }),
      ...message.text.map((text) => element("p", { children: [text] })),
      ...(shown.length
        ? [element("ul", { className: "contract-message-details", children: [...shown, ...(rest > 0 ? [`and ${rest} more`] : [])].map((text) => element("li", { children: [text] })) })]
        : []),
      ...(message.link ? [element("p", { children: [element("a", { className: "button", attributes: { href: message.link.href }, children: [message.link.text] })] })] : []),
    ],
  });
}
