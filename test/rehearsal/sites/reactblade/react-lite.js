// A very small React stand-in for the rehearsal ReactViews (no build step, no dependency). It keeps the
// one behaviour that matters to an extension filling fields: CONTROLLED inputs, exactly as React does.
//
// - Each controlled input gets React's value tracker: an own `value` (or `checked`) property on the
//   element whose setter records the value before calling the prototype setter.
// - Events are delegated to the root in the bubble phase (React 17+), so a non-bubbling event never
//   reaches a handler. On `input`/`change` (and `click` for check boxes and radios) `onChange` runs
//   only when the element's value differs from the tracked one. A value assigned through the element's
//   `value` property is tracked, so its `input` event changes nothing; a value assigned through
//   `Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set` is not tracked, so the
//   following bubbling `input` event reaches `onChange`.
// - After every event, and on every render, a controlled input whose DOM value differs from its
//   `value` prop is set back to the prop (React's restoreControlledState and updateWrapper).

const DELEGATED = ['click', 'input', 'change', 'keydown', 'mousedown', 'focusin', 'focusout'];
const HANDLER_FOR = {
  click: 'onClick',
  keydown: 'onKeyDown',
  mousedown: 'onMouseDown',
  focusin: 'onFocus',
  focusout: 'onBlur',
};

export function h(type, props, ...children) {
  return { type, props: props || {}, key: props?.key ?? null, children: normalize(children) };
}

function normalize(children) {
  return children
    .flat(Infinity)
    .filter((c) => c !== null && c !== undefined && c !== false && c !== true)
    .map((c) =>
      typeof c === 'object'
        ? c
        : { type: '#text', text: String(c), props: {}, key: null, children: [] },
    );
}

const isCheckable = (node) => node.type === 'checkbox' || node.type === 'radio';

function trackValue(node) {
  const field = isCheckable(node) ? 'checked' : 'value';
  const descriptor = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(node), field);
  let current = String(node[field]);
  Object.defineProperty(node, field, {
    configurable: true,
    enumerable: descriptor.enumerable,
    get() {
      return descriptor.get.call(this);
    },
    set(value) {
      current = String(value);
      descriptor.set.call(this, value);
    },
  });
  node.__tracker = {
    getValue: () => current,
    setValue: (value) => {
      current = String(value);
    },
  };
}

/** React's updateValueIfChanged: true when the DOM value moved away from the tracked one. */
function valueChanged(node) {
  const tracker = node.__tracker;
  if (!tracker) return true;
  const next = isCheckable(node) ? String(node.checked) : node.value;
  if (next === tracker.getValue()) return false;
  tracker.setValue(next);
  return true;
}

/** React's restoreControlledState: the DOM value follows the prop (through the tracked setter). */
function restoreControlled(node) {
  const props = node.__props;
  if (!props) return;
  if ('value' in props && node.value !== String(props.value ?? '')) node.value = props.value ?? '';
  if ('checked' in props && node.checked !== Boolean(props.checked))
    node.checked = Boolean(props.checked);
}

function setProp(node, name, value, previous) {
  if (name === 'key' || name === 'ref' || name.startsWith('on')) return;
  if (name === 'className') {
    if (value !== previous) node.className = value || '';
  } else if (name === 'style') {
    node.removeAttribute('style');
    Object.assign(node.style, value || {});
  } else if (name === 'value') {
    if (node.value !== String(value ?? '')) node.value = value ?? '';
  } else if (name === 'checked') {
    if (node.checked !== Boolean(value)) node.checked = Boolean(value);
  } else if (name === 'disabled') {
    node.disabled = Boolean(value);
  } else {
    const attribute =
      { htmlFor: 'for', tabIndex: 'tabindex', readOnly: 'readonly', autoComplete: 'autocomplete' }[
        name
      ] || name;
    if (value === null || value === undefined || value === false) node.removeAttribute(attribute);
    else node.setAttribute(attribute, value === true ? '' : String(value));
  }
}

function mount(vnode) {
  if (vnode.type === '#text') return document.createTextNode(vnode.text);
  const node = document.createElement(vnode.type);
  if (vnode.type === 'input' && vnode.props.type) node.type = vnode.props.type;
  for (const [name, value] of Object.entries(vnode.props)) setProp(node, name, value, undefined);
  for (const child of vnode.children) node.append(mount(child));
  if (vnode.type === 'input' && ('value' in vnode.props || 'checked' in vnode.props))
    trackValue(node);
  node.__props = vnode.props;
  node.__vnode = vnode;
  vnode.props.ref?.(node);
  return node;
}

function patch(node, oldVnode, vnode) {
  if (oldVnode.type !== vnode.type || oldVnode.key !== vnode.key) {
    const fresh = mount(vnode);
    node.replaceWith(fresh);
    return fresh;
  }
  if (vnode.type === '#text') {
    if (node.nodeValue !== vnode.text) node.nodeValue = vnode.text;
    node.__vnode = vnode;
    return node;
  }
  for (const name of Object.keys(oldVnode.props))
    if (!(name in vnode.props)) setProp(node, name, null, oldVnode.props[name]);
  for (const [name, value] of Object.entries(vnode.props))
    setProp(node, name, value, oldVnode.props[name]);
  patchChildren(node, oldVnode.children, vnode.children);
  node.__props = vnode.props;
  node.__vnode = vnode;
  vnode.props.ref?.(node);
  return node;
}

function patchChildren(parent, oldChildren, children) {
  const oldNodes = [...parent.childNodes];
  const byKey = new Map();
  oldChildren.forEach((c, i) =>
    byKey.set(c.key !== null ? `k:${c.key}` : `i:${i}:${c.type}`, { vnode: c, node: oldNodes[i] }),
  );
  const used = new Set();
  children.forEach((child, i) => {
    const id = child.key !== null ? `k:${child.key}` : `i:${i}:${child.type}`;
    const match = byKey.get(id);
    let node;
    if (match && !used.has(match.node)) {
      used.add(match.node);
      node = patch(match.node, match.vnode, child);
    } else {
      node = mount(child);
    }
    const at = parent.childNodes[i];
    if (at !== node) parent.insertBefore(node, at || null);
  });
  for (const node of oldNodes) if (!used.has(node) && node.parentNode === parent) node.remove();
}

/** A root that renders `view.render()` and re-renders after state changes and after each event. */
export function createRoot(container, view) {
  let current = null;
  let scheduled = false;
  let dispatching = false;

  let rendering = false;
  const render = () => {
    scheduled = false;
    // Removing a focused node fires focusout synchronously; its render waits for this one.
    if (rendering) return schedule();
    rendering = true;
    try {
      const next = view.render();
      if (!current) container.append(mount(next));
      else patch(container.firstChild, current, next);
      current = next;
    } finally {
      rendering = false;
    }
    return undefined;
  };
  const schedule = () => {
    if ((dispatching && !rendering) || scheduled) return;
    scheduled = true;
    queueMicrotask(render);
  };

  const dispatch = (event) => {
    const path = [];
    for (let node = event.target; node && node !== container; node = node.parentNode)
      if (node.__props) path.push(node);
    dispatching = true;
    try {
      for (const node of path) {
        if (event.cancelBubble) break;
        const props = node.__props;
        const onChangeEvent =
          node === event.target &&
          props.onChange &&
          (event.type === 'input' ||
            event.type === 'change' ||
            (event.type === 'click' && isCheckable(node)));
        if (onChangeEvent && valueChanged(node)) props.onChange(event);
        const handler = props[HANDLER_FOR[event.type]];
        if (handler) handler(event);
      }
    } finally {
      dispatching = false;
    }
    render();
    if (event.target?.__props) restoreControlled(event.target);
  };
  for (const type of DELEGATED) container.addEventListener(type, dispatch);

  view.update = schedule;
  render();
  return { render };
}

/** Generated ids, as Fluent UI gives its fields (`TextField12`); these frames have no sanitizer. */
let nextId = 0;
export function newId(prefix) {
  nextId += 1;
  return `${prefix}${nextId}`;
}
