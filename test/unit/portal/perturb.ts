// Meaning-preserving rewrites of a saved portal page (issue 12.4, DESIGN.md "Proof on unseen
// markup"): the kinds of difference between our rehearsal and the real portal that should not
// matter to a locator that finds things by role, name and relation. Each element keeps an
// identity across rewrites (an element replaced by another tag passes it on), so the suite can
// tell "the same element" from "a different one"; the copies a rewrite adds (hidden duplicates,
// decoys) get identities of their own.

export type Transform = (doc: Document, seed: number) => void;

const ids = new WeakMap<Element, number>();
/** Copies are numbered far above any page's elements. */
let nextCopy = 1_000_000_000;

/**
 * Gives every element of a freshly parsed page its identity: its place in document order, so every
 * parse of the same page numbers the same element the same way.
 */
export function identify(doc: Document): void {
  let n = 0;
  for (const el of doc.querySelectorAll('*')) ids.set(el, (n += 1));
}

/** The elements of the page (as it is now) with these identities. */
export function withIdentities(doc: Document, wanted: ReadonlySet<number>): Element[] {
  return [...doc.querySelectorAll('*')].filter((el) => wanted.has(ids.get(el) ?? -1));
}

export const identityOf = (el: Element | null): number | null => (el ? (ids.get(el) ?? -1) : null);

/** A tiny deterministic random source (the seed comes from fast-check). */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The element again under another tag: attributes, children and identity move over. */
function retag(el: Element, tag: string, extra: Record<string, string> = {}): Element {
  const copy = el.ownerDocument.createElement(tag);
  for (const { name, value } of el.attributes) copy.setAttribute(name, value);
  for (const [name, value] of Object.entries(extra)) copy.setAttribute(name, value);
  copy.append(...el.childNodes);
  el.replaceWith(copy);
  const id = ids.get(el);
  if (id !== undefined) ids.set(copy, id);
  return copy;
}

/** A copy that is a different element (fresh identities all the way down). */
function freshCopy(el: Element): Element {
  const copy = el.cloneNode(true) as Element;
  for (const node of [copy, ...copy.querySelectorAll('*')]) {
    node.removeAttribute('id');
    ids.set(node, (nextCopy += 1));
  }
  return copy;
}

const LANDMARK_TAGS = 'section, fieldset, article, header, footer, nav, aside, main';

/** Semantic containers become plain divs (an explicit role stays: it is the page's own). */
const unwrapContainers: Transform = (doc) => {
  for (const el of [...doc.querySelectorAll(LANDMARK_TAGS)]) retag(el, 'div');
  for (const legend of [...doc.querySelectorAll('legend')]) retag(legend, 'div');
};

/** No ids (unless a relation needs them), classes or data-* attributes. */
const stripAttributes: Transform = (doc) => {
  const referenced = new Set<string>();
  for (const el of doc.querySelectorAll('[aria-labelledby], [aria-describedby], [for]'))
    for (const attr of ['aria-labelledby', 'aria-describedby', 'for'])
      for (const id of el.getAttribute(attr)?.split(/\s+/) ?? []) referenced.add(id);
  for (const el of doc.body.querySelectorAll('*')) {
    for (const { name } of [...el.attributes]) {
      if (name === 'class' || name.startsWith('data-')) el.removeAttribute(name);
      if (name === 'id' && !referenced.has(el.id)) el.removeAttribute(name);
    }
  }
};

const NO_SPANS = new Set(['OPTION', 'TEXTAREA', 'SCRIPT', 'STYLE', 'TITLE', 'SELECT']);

/** Every word in a span of its own. */
const wrapText: Transform = (doc) => {
  const walker = doc.createTreeWalker(doc.body, 4);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  for (const text of texts) {
    const value = text.nodeValue ?? '';
    if (!value.trim() || NO_SPANS.has(text.parentElement?.tagName ?? '')) continue;
    const parts = value.split(/(\s+)/).map((part) => {
      if (!part.trim()) return doc.createTextNode(part);
      const span = doc.createElement('span');
      span.textContent = part;
      return span;
    });
    text.replaceWith(...parts);
  }
};

const CONTROLS = 'button, a[href], [role="button"], [role="link"], [role="menuitem"], [role="tab"]';

/** A control's text moves into its aria-label, or into an icon image's alt. */
function moveNames(into: 'aria-label' | 'alt'): Transform {
  return (doc) => {
    for (const control of doc.querySelectorAll(CONTROLS)) {
      if (control.hasAttribute('aria-label') || control.hasAttribute('aria-labelledby')) continue;
      if (control.querySelector('input, select, textarea, [role="checkbox"]')) continue;
      const text = (control.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!text || text.length > 60) continue;
      for (const node of [...control.childNodes]) if (node.nodeType === 3) node.remove();
      for (const el of [...control.querySelectorAll('*')])
        if (!el.children.length && el.textContent?.trim()) el.textContent = '';
      if (into === 'aria-label') control.setAttribute('aria-label', text);
      else {
        const img = doc.createElement('img');
        img.setAttribute('alt', text);
        img.setAttribute('src', 'data:,');
        control.append(img);
      }
    }
  };
}

/** button ⇄ div[role=button], a ⇄ span[role=link]. */
const swapControls: Transform = (doc) => {
  for (const el of [...doc.querySelectorAll('button:not([role]), [role="button"]')]) {
    if (el.tagName === 'BUTTON') {
      const extra: Record<string, string> = { role: 'button', tabindex: '0' };
      if ((el as HTMLButtonElement).disabled) extra['aria-disabled'] = 'true';
      retag(el, 'div', extra).removeAttribute('disabled');
    } else if (el.tagName === 'DIV' || el.tagName === 'SPAN') {
      retag(el, 'button', { type: 'button' }).removeAttribute('role');
    }
  }
  for (const el of [...doc.querySelectorAll('a[href]:not([role]), [role="link"]')]) {
    if (el.tagName === 'A')
      retag(el, 'span', { role: 'link', tabindex: '0' }).removeAttribute('href');
    else retag(el, 'a', { href: '#' }).removeAttribute('role');
  }
};

const GRID_ROLES: Record<string, string> = {
  THEAD: 'rowgroup',
  TBODY: 'rowgroup',
  TFOOT: 'rowgroup',
  TR: 'row',
  TH: 'columnheader',
  TD: 'gridcell',
};

/** Tables become div grids with role=row / role=gridcell. */
const tablesToDivs: Transform = (doc) => {
  for (const table of [...doc.querySelectorAll('table')]) {
    for (const part of [...table.querySelectorAll('thead, tbody, tfoot, tr, th, td')]) {
      const role = part.getAttribute('role') ?? GRID_ROLES[part.tagName]!;
      retag(part, 'div', { role });
    }
    retag(table, 'div', { role: table.getAttribute('role') ?? 'grid' });
  }
};

/** A required marker and an info balloon inside every element that shows one of `labels`. */
function markLabels(labels: (doc: Document) => Element[]): Transform {
  return (doc) => {
    for (const label of labels(doc)) {
      const marker = doc.createElement('span');
      marker.setAttribute('aria-hidden', 'true');
      marker.textContent = ' *';
      const balloon = doc.createElement('span');
      balloon.setAttribute('role', 'img');
      balloon.setAttribute('aria-label', 'More information about this field');
      balloon.setAttribute('title', 'More information about this field');
      balloon.textContent = 'ⓘ';
      label.append(marker, balloon);
    }
  };
}

const HIDINGS = ['hidden', 'display:none', 'width:0;height:0;overflow:hidden'];

/** A hidden copy beside each of `targets` (hidden, display:none, zero size). */
function hiddenDuplicates(targets: (doc: Document) => Element[]): Transform {
  return (doc, seed) => {
    const next = random(seed);
    for (const target of targets(doc)) {
      const copy = freshCopy(target);
      const hiding = HIDINGS[Math.floor(next() * HIDINGS.length)]!;
      if (hiding === 'hidden') copy.setAttribute('hidden', '');
      else copy.setAttribute('style', hiding);
      target.after(copy);
    }
  };
}

/** A same-named copy of each of `targets` in a card of its own at the end of the page. */
function decoys(targets: (doc: Document) => Element[]): Transform {
  return (doc) => {
    const card = doc.createElement('div');
    const title = doc.createElement('h3');
    title.textContent = 'Recently viewed';
    card.append(title, ...targets(doc).map(freshCopy));
    doc.body.append(card);
  };
}

const UNORDERED =
  'ul, ol, [role="toolbar"], [role="menubar"], [role="menu"], [role="tablist"], [role="list"]';

/** Siblings whose order carries no meaning (list items, commands, menu items) shuffled. */
const reorderSiblings: Transform = (doc, seed) => {
  const next = random(seed);
  for (const list of doc.querySelectorAll(UNORDERED)) {
    const children = [...list.children];
    for (let i = children.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      [children[i], children[j]] = [children[j]!, children[i]!];
    }
    list.append(...children);
  }
};

/**
 * Every transform of issue 12.4, by name. Those that copy or mark things are told which elements
 * to copy (the targets found on the original page; decoys of those tied to a label: a target
 * known only by its name has, by definition, no way to tell a same-named decoy from itself, and
 * certainty then gives nothing) and which are labels.
 */
export function transforms(
  targets: (doc: Document) => Element[],
  related: (doc: Document) => Element[],
  labels: (doc: Document) => Element[],
): Record<string, Transform> {
  return {
    'unwrap containers': unwrapContainers,
    'strip ids, classes, data-*': stripAttributes,
    'wrap text in spans': wrapText,
    'names into aria-label': moveNames('aria-label'),
    'names into alt': moveNames('alt'),
    'swap button/a and role=button/link': swapControls,
    'tables into div grids': tablesToDivs,
    'required markers and balloons in labels': markLabels(labels),
    'hidden duplicates': hiddenDuplicates(targets),
    'decoys in another card': decoys(related),
    'reorder siblings': reorderSiblings,
  };
}

/**
 * What a browser would show, for pages jsdom does not lay out: not `hidden`, not display:none or
 * visibility:hidden, and not sized to nothing, on the element or an ancestor.
 */
export function shown(element: Element): boolean {
  for (let el: Element | null = element; el; el = el.parentElement) {
    if (el.hasAttribute('hidden')) return false;
    const style = (el as HTMLElement).style;
    if (!style) continue;
    if (style.display === 'none' || style.visibility === 'hidden') return false;
    if (parseFloat(style.width) === 0 || parseFloat(style.height) === 0) return false;
  }
  return true;
}
