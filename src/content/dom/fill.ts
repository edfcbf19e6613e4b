// Fills a text input the way a person would, so both the portal's Knockout bindings (which read
// the value on `input`/`change`) and React-controlled inputs in ReactView iframes (which track the
// value through the element's own setter and revert anything set behind their back) take it.

/** Sets the value through the prototype's setter, bypassing React's per-instance value tracker. */
function setNativeValue(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto =
    input instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(input, value);
  else input.value = value;
}

const nextFrame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));

export type FillOutcome = 'filled' | 'unchanged' | 'reverted' | 'not-editable';

/**
 * Types `value` into `input` (focus, native setter, bubbling `input` and `change`, blur), then
 * checks after the page has had two frames to react that the value stayed.
 */
export async function fillInput(
  input: HTMLInputElement | HTMLTextAreaElement,
  value: string,
): Promise<FillOutcome> {
  if (input.disabled || input.readOnly || !input.isConnected) return 'not-editable';
  if (input.value === value) return 'unchanged';
  input.focus();
  setNativeValue(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, key: 'Unidentified' }));
  input.blur();
  await nextFrame();
  await nextFrame();
  return input.value === value ? 'filled' : 'reverted';
}
