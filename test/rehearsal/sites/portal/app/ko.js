// Knockout-style observables and bindings. Reference §3.1 and §7: portal blades are Knockout
// templates; their view models read an input only from its `input`/`change` events, so a value set on
// the element without events is shown but never reaches the model (and is never saved).

let tracking = null;

export function observable(initial) {
  let value = initial;
  const subscribers = new Set();
  function obs(...args) {
    if (args.length === 0) {
      if (tracking) tracking(subscribers);
      return value;
    }
    if (Object.is(args[0], value)) return undefined;
    value = args[0];
    for (const fn of [...subscribers]) fn();
    return undefined;
  }
  obs.peek = () => value;
  return obs;
}

/** Runs `fn` now and again whenever an observable it read changes. Returns a disposer. */
export function effect(fn) {
  let sources = [];
  const run = () => {
    for (const s of sources) s.delete(run);
    sources = [];
    const outer = tracking;
    tracking = (subscribers) => {
      subscribers.add(run);
      sources.push(subscribers);
    };
    try {
      fn();
    } finally {
      tracking = outer;
    }
  };
  run();
  return () => {
    for (const s of sources) s.delete(run);
    sources = [];
  };
}

export function computed(fn) {
  const result = observable(undefined);
  effect(() => result(fn()));
  return result;
}

/** Knockout `textInput`: the model takes the value on `input` and `change`, never silently. */
export function bindValue(input, obs) {
  const read = () => obs(input.value);
  input.addEventListener('input', read);
  input.addEventListener('change', read);
  effect(() => {
    const v = obs() ?? '';
    if (input.value !== v) input.value = v;
  });
}

export function bindText(el, fn) {
  effect(() => {
    el.textContent = fn();
  });
}

export function bindVisible(el, fn) {
  effect(() => {
    el.hidden = !fn();
  });
}

/** Runs `fn` without registering what it reads as a dependency of the current effect. */
export function untracked(fn) {
  const outer = tracking;
  tracking = null;
  try {
    return fn();
  } finally {
    tracking = outer;
  }
}

/**
 * Knockout `foreach`: keeps each item's nodes while the array changes, so adding a row inserts one new
 * row and leaves the existing inputs (and references to them) in place.
 */
export function bindForeach(container, arrayObs, renderItem) {
  const nodes = new Map();
  effect(() => {
    const items = arrayObs();
    for (const [item, node] of nodes) {
      if (!items.includes(item)) {
        node.remove();
        nodes.delete(item);
      }
    }
    let previous = null;
    for (const item of items) {
      let node = nodes.get(item);
      if (!node) {
        node = untracked(() => renderItem(item));
        nodes.set(item, node);
      }
      const expectedNext = previous ? previous.nextSibling : container.firstChild;
      if (expectedNext !== node) container.insertBefore(node, expectedNext);
      previous = node;
    }
  });
}
