// A tiny element builder. Blade content gets no authored `id`s: the portal's template sanitizer strips
// them (reference §3.1). The only ids are framework-style generated ones (`_weave_e_N`, new numbers on
// every load) that `aria-labelledby` points at, as in the portal's form fields (reference §4.1).

let nextId = 100 + Math.floor(Math.random() * 900);

export function generatedId() {
  nextId += 1;
  return `_weave_e_${nextId}`;
}

/**
 * h('div', { class: 'a b', role: 'button', on: { click }, text: 'x' }, ...children)
 * Props: `class`, `text`, `html` (trusted static markup only, e.g. icons), `on`, `style`, and any
 * attribute (`null`/`false` skip it; `true` sets it empty).
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class')
      el.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
    else if (name === 'text') el.textContent = value;
    else if (name === 'html') el.innerHTML = value;
    else if (name === 'on')
      for (const [type, fn] of Object.entries(value)) el.addEventListener(type, fn);
    else if (name === 'style') Object.assign(el.style, value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof window.Node ? child : String(child));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

/** Turns an element into a keyboard-operable button the portal way: role=button, Enter and Space. */
export function activate(el, onActivate) {
  el.addEventListener('click', (event) => {
    if (el.getAttribute('aria-disabled') === 'true') return;
    onActivate(event);
  });
  el.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    el.click();
  });
  return el;
}
