import type { Element, Node } from '@xmldom/xmldom';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

// Metadata is read one level at a time, through direct children only: searching the whole tree
// would pick up look-alike elements from anywhere (a signature's certificate, an EntityDescriptor
// smuggled inside an extension), which is how signature-wrapping attacks work.

/** The direct child elements of `parent` with this namespace URI and local name. */
export function childElements(parent: Element, namespace: string, localName: string): Element[] {
  const found: Element[] = [];
  for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
    if (isElement(child) && child.namespaceURI === namespace && child.localName === localName) {
      found.push(child);
    }
  }
  return found;
}

/** An attribute's value without surrounding whitespace, or null when absent or blank. */
export function attribute(element: Element, name: string): string | null {
  const value = element.getAttribute(name)?.trim();
  return value ? value : null;
}

/**
 * The text directly inside an element, or null if it has child elements (which no text-valued
 * metadata element has; Node's textContent would also recurse through arbitrarily deep input).
 */
export function ownText(element: Element): string | null {
  let text = '';
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) {
      text += child.nodeValue ?? '';
    } else if (isElement(child)) return null;
  }
  return text;
}

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}
