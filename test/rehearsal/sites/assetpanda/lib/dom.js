// A tiny hyperscript helper, React-style generated ids, and small DOM utilities.

let nextId = 0;

/** An id in React 18's `useId` shape (":r7:"): stable for one mounted element, never semantic. */
export function useId() {
  const id = `:r${nextId.toString(32)}:`;
  nextId += 1;
  return id;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function setProp(element, key, value) {
  if (value === undefined || value === null || value === false) return;
  if (key.startsWith('on') && typeof value === 'function') {
    element.addEventListener(key.slice(2).toLowerCase(), value);
  } else if (key === 'class') {
    element.setAttribute('class', Array.isArray(value) ? value.filter(Boolean).join(' ') : value);
  } else {
    element.setAttribute(key, value === true ? '' : String(value));
  }
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(typeof child === 'object' ? child : String(child));
  }
}

/** h('button', { class: 'x', onClick }, 'text', child, [more]) */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) setProp(element, key, value);
  append(element, children);
  return element;
}

/** The same for SVG elements. */
export function s(tag, props = {}, ...children) {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(props ?? {})) setProp(element, key, value);
  append(element, children);
  return element;
}

/** Sets or removes a class. */
export function toggleClass(element, name, on) {
  element.classList.toggle(name, Boolean(on));
}

/** Sets an attribute, or removes it when the value is null/undefined/false. */
export function attr(element, name, value) {
  if (value === null || value === undefined || value === false) element.removeAttribute(name);
  else element.setAttribute(name, value === true ? '' : String(value));
}

export function delay(ms, signal) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}

/** A latency in [min, max] ms, like a real network or a lazily loaded chunk. */
export function latency(min, max) {
  return Math.round(min + Math.random() * (max - min));
}

export function focusable(root) {
  return [
    ...root.querySelectorAll(
      'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select, textarea, [tabindex]',
    ),
  ].filter((el) => el.tabIndex >= 0 && el.getClientRects().length > 0);
}
