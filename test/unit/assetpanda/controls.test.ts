// @vitest-environment jsdom
// Issue 13 part 2: the Enable Type, Connection Name and metadata upload, in each shape a toolkit
// may draw them (toolkits.ts, from each toolkit's public markup), are found by their label, set the
// way the toolkit listens, and read back; a control that is not set reads back as not set.

import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { choose, readChoice } from '../../../src/content/assetpanda/controls/choice';
import { attachFile, fileInputOf, readFile } from '../../../src/content/assetpanda/controls/file';
import { controlByLabel } from '../../../src/content/assetpanda/find';
import { fillInput } from '../../../src/content/dom/fill';
import {
  dxField,
  dxFileUploader,
  dxRadioGroup,
  dxSelectBox,
  dxTextBox,
  headlessListbox,
  headlessRadioGroup,
  muiSelect,
  nativeRadios,
  nativeSelect,
} from './toolkits';

beforeAll(() => {
  // jsdom lays nothing out: an element is drawn unless it or an ancestor is `display: none`.
  Element.prototype.getClientRects = function (this: Element) {
    if (this.closest('[style*="display: none"]')) return [] as unknown as DOMRectList;
    return [{ width: 10, height: 10 }] as unknown as DOMRectList;
  };
  globalThis.requestAnimationFrame = (callback: FrameRequestCallback) =>
    setTimeout(() => callback(performance.now()), 0) as unknown as number;
});

afterEach(() => document.body.replaceChildren());

const signal = new AbortController().signal;
const ENABLE_TYPE = ['Enable Type'];
const DOMAINS = ['Enable for selected domains'];

function form(...rows: HTMLElement[]): HTMLElement {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.append(...rows);
  document.body.append(dialog);
  return dialog;
}

describe('the Enable Type, in each toolkit', () => {
  const shapes = {
    'DevExtreme RadioGroup (aria-checked)': () => {
      const widget = dxRadioGroup();
      return { root: dxField('Enable Type', widget.root), value: widget.value, want: 'domains' };
    },
    'DevExtreme SelectBox (overlay at the end of body)': () => {
      const widget = dxSelectBox();
      return { root: dxField('Enable Type', widget.root), value: widget.value, want: 'domains' };
    },
    'Headless UI RadioGroup (role=radio)': () => ({
      ...headlessRadioGroup('Enable Type'),
      want: 'domains',
    }),
    'Headless UI Listbox (role=listbox options)': () => ({
      ...headlessListbox('Enable Type'),
      want: 'domains',
    }),
    'MUI Select (opens on mousedown)': () => ({ ...muiSelect('Enable Type'), want: 'domains' }),
    'native radios in a fieldset': () => ({ ...nativeRadios('Enable Type'), want: 'domains' }),
    'native select': () => ({ ...nativeSelect('Enable Type'), want: 'domains' }),
  };

  it.each(Object.entries(shapes))('%s: found, chosen as it listens, read back', async (_, make) => {
    const shape = make();
    const dialog = form(shape.root);
    const control = controlByLabel(dialog, ENABLE_TYPE);
    expect(control).not.toBeNull();
    expect(readChoice(control!, DOMAINS)).toBe(false);
    expect(await choose(control!, DOMAINS, signal)).toBe('set');
    expect(shape.value()).toBe(shape.want); // the widget's own state, not only what it shows
    expect(readChoice(control!, DOMAINS)).toBe(true);
    expect(readChoice(control!, ['Enable for all users'])).toBe(false);
    expect(document.querySelectorAll('[role="listbox"]')).toHaveLength(0); // closed again
  });

  it('a choice no option says is refused, and nothing is chosen', async () => {
    const widget = dxSelectBox();
    const dialog = form(dxField('Enable Type', widget.root));
    const control = controlByLabel(dialog, ENABLE_TYPE)!;
    expect(await choose(control, ['Für alle Benutzer aktivieren'], signal)).toBe('not-found');
    expect(widget.value()).toBe('');
    expect(document.querySelectorAll('[role="listbox"]')).toHaveLength(0);
  });

  it('a radio that does not take the click reads back as not set', async () => {
    const widget = dxRadioGroup();
    // A widget that ignores clicks (disabled, or listening to something else).
    widget.root.addEventListener('click', (event) => event.stopImmediatePropagation(), true);
    const dialog = form(dxField('Enable Type', widget.root));
    const control = controlByLabel(dialog, ENABLE_TYPE)!;
    expect(await choose(control, DOMAINS, signal)).toBe('not-set');
  });
});

describe('text and file, DevExtreme', () => {
  it('input.dx-texteditor-input takes the value on change and keeps it', async () => {
    const box = dxTextBox();
    const dialog = form(dxField('Connection Name', box.root));
    const input = controlByLabel(dialog, ['Connection Name']);
    expect(input).toBeInstanceOf(HTMLInputElement);
    expect(await fillInput(input as HTMLInputElement, 'Microsoft Entra ID')).toBe('filled');
    expect(box.value()).toBe('Microsoft Entra ID');
  });

  it('the hidden input behind "Select a file" takes the file; the chip shows its name', () => {
    const uploader = dxFileUploader();
    const dialog = form(dxField('Metadata XML file', uploader.root));
    const control = controlByLabel(dialog, ['Metadata XML file'], { visible: false });
    const input = control && fileInputOf(control);
    expect(input).toBe(uploader.input);
    expect(readFile(uploader.input, dialog, 'Microsoft Entra ID.xml')).toBe(false);
    // jsdom has no DataTransfer: a FileList-like stand-in, given as a browser would.
    globalThis.DataTransfer ??= class {
      private list: File[] = [];
      items = { add: (file: File) => this.list.push(file) };
      get files() {
        const list = this.list;
        return Object.assign([...list], {
          item: (i: number) => list[i] ?? null,
        }) as unknown as FileList;
      }
    } as unknown as typeof DataTransfer;
    Object.defineProperty(uploader.input, 'files', { writable: true, value: null });
    attachFile(
      uploader.input,
      new File(['<xml/>'], 'Microsoft Entra ID.xml', { type: 'text/xml' }),
    );
    // The chip reads "Microsoft Entra ID.xml" beside "6 bytes": contains, not equals.
    expect(dialog.querySelector('.dx-fileuploader-file')?.textContent).toContain('bytes');
    expect(readFile(uploader.input, dialog, 'Microsoft Entra ID.xml')).toBe(true);
    expect(readFile(uploader.input, dialog, 'other.xml')).toBe(false);
  });
});
