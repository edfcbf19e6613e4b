// @vitest-environment jsdom
// The fill sequence against the two input models the portal uses: Knockout bindings that read the
// value on change/input, and React-controlled inputs that revert any value not set through the
// prototype setter followed by an `input` event.

import { beforeAll, describe, expect, it } from 'vitest';
import { fillInput } from '../../../src/content/dom/fill';

beforeAll(() => {
  // jsdom has no layout or frames; a frame here is a macrotask, which is when both models react.
  globalThis.requestAnimationFrame = (callback: FrameRequestCallback) =>
    setTimeout(() => callback(performance.now()), 0) as unknown as number;
});

/** Knockout `value` binding: the model updates on `change` (and `input` for textInput). */
function knockoutInput(): { input: HTMLInputElement; model: () => string } {
  const input = document.createElement('input');
  document.body.append(input);
  let model = '';
  const read = () => (model = input.value);
  input.addEventListener('change', read);
  input.addEventListener('input', read);
  return { input, model: () => model };
}

/**
 * React's controlled input: a per-instance value tracker records what React last wrote; an
 * `input` event whose value differs from the tracker updates state, and every render writes the
 * state back. A value set through the instance (`input.value = x`) updates the tracker too, so
 * React sees no change and the next render reverts it, exactly like React DOM.
 */
function reactInput(): { input: HTMLInputElement; state: () => string } {
  const input = document.createElement('input');
  document.body.append(input);
  const proto = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
  let tracked = '';
  let state = '';
  Object.defineProperty(input, 'value', {
    configurable: true,
    get() {
      return proto.get!.call(this);
    },
    set(v: string) {
      tracked = v;
      proto.set!.call(this, v);
    },
  });
  const render = () => {
    if (input.value !== state) input.value = state;
  };
  input.addEventListener('input', () => {
    const current = proto.get!.call(input) as string;
    if (current !== tracked) {
      tracked = current;
      state = current;
    }
    setTimeout(render, 0);
  });
  // Any other change is reverted on the next render.
  setInterval(render, 1);
  return { input, state: () => state };
}

describe('fillInput', () => {
  it('fills a Knockout-bound input and the model takes the value', async () => {
    const { input, model } = knockoutInput();
    await expect(fillInput(input, 'urn:amazon:cognito:sp:us-east-1_4jHsDgxlC')).resolves.toBe(
      'filled',
    );
    expect(model()).toBe('urn:amazon:cognito:sp:us-east-1_4jHsDgxlC');
  });

  it('fills a React-controlled input so that its state takes the value and it stays', async () => {
    const { input, state } = reactInput();
    await expect(fillInput(input, 'https://example.com/saml2/idpresponse')).resolves.toBe('filled');
    expect(state()).toBe('https://example.com/saml2/idpresponse');
    await new Promise((done) => setTimeout(done, 10));
    expect(input.value).toBe('https://example.com/saml2/idpresponse');
  });

  it('the React model really reverts a value set behind its back (the test model can fail)', async () => {
    const { input, state } = reactInput();
    input.value = 'typed without events';
    await new Promise((done) => setTimeout(done, 10));
    expect(input.value).toBe('');
    expect(state()).toBe('');
  });

  it('reports "reverted" when the page throws the value away', async () => {
    const input = document.createElement('input');
    document.body.append(input);
    input.addEventListener('input', () => setTimeout(() => (input.value = ''), 0));
    await expect(fillInput(input, 'x')).resolves.toBe('reverted');
  });

  it('leaves an input that already holds the value alone, and never types into a read-only one', async () => {
    const { input, model } = knockoutInput();
    input.value = 'same';
    let events = 0;
    input.addEventListener('input', () => (events += 1));
    await expect(fillInput(input, 'same')).resolves.toBe('unchanged');
    expect(events).toBe(0);
    expect(model()).toBe('');
    const locked = document.createElement('input');
    locked.readOnly = true;
    document.body.append(locked);
    await expect(fillInput(locked, 'x')).resolves.toBe('not-editable');
    expect(locked.value).toBe('');
  });
});
