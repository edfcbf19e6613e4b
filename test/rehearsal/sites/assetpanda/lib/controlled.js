// React-like controlled inputs, modelled on how react-dom really behaves, because that is what the
// extension has to cope with on the real (React) app:
//
// - React puts a value tracker on each input: an own `value` property that records every value set
//   through `input.value = ...`. A later `input`/`change` event whose value equals the tracked one is
//   ignored. So `input.value = 'x'` followed by an `input` event does NOT reach the app; the prototype
//   setter (`Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set`) bypasses the
//   tracker and then a bubbling `input` (or `change`) event does.
// - React listens at the root (delegation), so only events that bubble are seen.
// - On every render React writes the state's value back into the DOM, so a value the app never
//   saw is reverted on the next render (the next keystroke, blur, Save, ...).
// - File inputs are uncontrolled: React reads `files` on a bubbling `change` event only.

const nativeValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
const handlers = new WeakMap();
let listening = false;

function listen() {
  if (listening) return;
  listening = true;
  for (const type of ['input', 'change']) {
    // Bubble phase at the document: what React's root and portal listeners amount to.
    document.addEventListener(type, (event) => handlers.get(event.target)?.(event));
  }
}

/**
 * Makes `input` controlled. `onChange(value, event)` is called for a change React would see.
 * Returns `sync(value)`, to be called on every render with the state's value.
 */
export function controlled(input, onChange) {
  listen();
  let tracked = nativeValue.get.call(input);
  Object.defineProperty(input, 'value', {
    configurable: true,
    enumerable: nativeValue.enumerable,
    get() {
      return nativeValue.get.call(this);
    },
    set(value) {
      tracked = String(value);
      nativeValue.set.call(this, value);
    },
  });
  handlers.set(input, (event) => {
    const actual = nativeValue.get.call(input);
    if (actual === tracked) return;
    tracked = actual;
    onChange(actual, event);
  });
  return function sync(value) {
    const wanted = String(value ?? '');
    if (nativeValue.get.call(input) !== wanted) input.value = wanted;
    tracked = wanted;
  };
}

/** An uncontrolled file input: `onFiles(FileList)` on a bubbling `change` event, as in React. */
export function fileInput(input, onFiles) {
  listen();
  handlers.set(input, (event) => {
    if (event.type === 'change') onFiles(input.files);
  });
}
