// The small slice of the DOM the HTML reader uses, typed here because the project compiles without lib.dom.
// linkedom provides the implementation.
import { parseHTML } from 'linkedom';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  parentNode: DomElement | null;
  childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  tagName: string;
  children: ArrayLike<DomElement>;
  nextElementSibling: DomElement | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
  cloneNode(deep: boolean): DomElement;
}

export interface DomDocument extends DomNode {
  documentElement: DomElement | null;
  body: DomElement | null;
  head: DomElement | null;
  title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  cloneNode(deep: boolean): DomDocument;
}

/** Parses a page leniently; a fragment without <html> gets wrapped so linkedom builds a full document. */
export function parseDocument(html: string): DomDocument {
  const markup = /<html[\s>]/i.test(html.slice(0, 4096)) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`;
  return parseHTML(markup).document as unknown as DomDocument;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

export function all(root: DomDocument | DomElement, selector: string): DomElement[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

export function first(root: DomDocument | DomElement, selector: string): DomElement | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/** Collapses whitespace runs to one space (non-breaking and other Unicode spaces included) and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

export function textOf(node: DomNode | null): string {
  return node ? normalizeSpace(node.textContent ?? '') : '';
}

/** The class and id of an element, lower-cased, for furniture pattern matching. */
export function classAndId(el: DomElement): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
}

/** Resolves a link against the page URL; returns the link unchanged when either is not a valid URL. */
export function resolveUrl(href: string, base: string | undefined): string {
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}
