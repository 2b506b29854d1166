/** What `element` sets on a new element: attributes by name, and its children. */
export interface ElementOptions {
  className?: string;
  attributes?: Record<string, string>;
  /** Strings become text nodes: nothing passed here is ever parsed as markup. */
  children?: (Node | string)[];
}

/** The SVG namespace, for the elements of a drawn signature. */
export const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * Creates an HTML element with its class, attributes and children. Text goes in as
 * text nodes, which is how the contract view keeps what a person typed from ever
 * becoming markup (the page's Trusted Types policy forbids HTML strings anyway).
 */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, options: ElementOptions = {}): HTMLElementTagNameMap[K] {
  return fill(document.createElement(tag), options);
}

/** Creates an SVG element the same way as `element`. */
export function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, options: ElementOptions = {}): SVGElementTagNameMap[K] {
  return fill(document.createElementNS(SVG_NS, tag), options);
}

function fill<E extends Element>(node: E, { className, attributes = {}, children = [] }: ElementOptions): E {
  if (className) node.setAttribute("class", className);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children.map((child) => (typeof child === "string" ? document.createTextNode(child) : child)));
  return node;
}
