// "Show me where it is" (issue 13 part 7): the admin points at the target the assistant could not
// find. Their next trusted click on the page is taken by the assistant (the page never sees it, so
// nothing opens, is typed or submitted), the element's role and accessible name are read with the
// same rules the locators use (dom-accessibility-api), shown, and on the admin's confirmation kept as
// a word override for that target (`words/teach`), which the next transfer tries first.

import { computeAccessibleName, getRole } from 'dom-accessibility-api';
import { codeKey } from '../../core/message-keys';
import type { AssetPandaWordTarget } from '../../core/word-overrides';
import { MAX_WORD_LENGTH } from '../../core/word-overrides';
import { send } from '../../messaging/send';
import { t } from '../../ui/i18n';
import { spokenText } from './find';

/** Roles a target of the path or a field may have. */
const ROLES = new Set([
  'button',
  'link',
  'menuitem',
  'tab',
  'treeitem',
  'combobox',
  'radiogroup',
  'textbox',
  'listbox',
]);
/** Targets that are fields: the admin may point at the field or at its label's words. */
const FIELDS = new Set<AssetPandaWordTarget>([
  'enable-type',
  'connection-name',
  'domains',
  'metadata-file',
]);
const POINTER_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;

interface Pointed {
  role: string;
  name: string;
}

/** The element's role and name as a screen reader announces them, climbing to its control. */
export function readPointed(start: Element, target: AssetPandaWordTarget): Pointed | null {
  for (let element: Element | null = start; element; element = element.parentElement) {
    const role = getRole(element);
    if (role && ROLES.has(role)) {
      const name = computeAccessibleName(element).trim();
      if (name) return { role, name: name.slice(0, MAX_WORD_LENGTH) };
    }
  }
  // A field's label that is only text beside it (DevExtreme's dx-field-label): its words.
  const text = spokenText(start).replace(/\s+/g, ' ').trim();
  return FIELDS.has(target) && text && text.length <= MAX_WORD_LENGTH
    ? { role: getRole(start) ?? start.localName, name: text }
    : null;
}

let active: (() => void) | null = null;

function button(label: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  element.addEventListener('click', (event) => {
    if (event.isTrusted) onClick();
  });
  return element;
}

/** Starts pointing for `target` (again, if already pointing). */
export function teach(target: AssetPandaWordTarget): void {
  active?.();
  const host = document.createElement('div');
  host.setAttribute('data-sso-assistant', 'teach');
  const root = host.attachShadow({ mode: 'open' });
  const panel = document.createElement('div');
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', t('teachHeading'));
  const style = document.createElement('style');
  style.textContent = `div[role=dialog]{position:fixed;z-index:2147483647;right:16px;bottom:16px;
    max-width:360px;padding:12px 16px;background:#fff;color:#1b1b1b;border:2px solid #0b5cad;
    border-radius:8px;font:14px/1.4 system-ui,sans-serif;box-shadow:0 4px 16px #0004}
    button{margin:8px 8px 0 0;font:inherit}`;
  const message = document.createElement('p');
  message.setAttribute('role', 'status');
  const actions = document.createElement('div');
  panel.append(message, actions);
  root.append(style, panel);
  document.documentElement.append(host);
  const targetName = t(codeKey('transferTarget', target));

  const stop = () => {
    for (const type of POINTER_EVENTS) window.removeEventListener(type, swallow, true);
    host.remove();
    if (active === stop) active = null;
  };
  active = stop;

  const point = () => {
    message.textContent = t('teachPoint', targetName);
    actions.replaceChildren(button(t('teachCancel'), stop));
    for (const type of POINTER_EVENTS) window.addEventListener(type, swallow, true);
  };

  function swallow(event: Event): void {
    // Only the admin's own click counts, and never one on the assistant's own panel.
    if (!event.isTrusted || event.composedPath().includes(host)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.type !== 'click' || !(event.target instanceof Element)) return;
    for (const type of POINTER_EVENTS) window.removeEventListener(type, swallow, true);
    const pointed = readPointed(event.target, target);
    if (!pointed) {
      message.textContent = t('teachNoName');
      actions.replaceChildren(button(t('teachAgain'), point), button(t('teachCancel'), stop));
      return;
    }
    message.textContent = t('teachFound', [pointed.role, pointed.name, targetName]);
    actions.replaceChildren(
      button(t('teachUse'), () => void keep(pointed.name)),
      button(t('teachAgain'), point),
      button(t('teachCancel'), stop),
    );
  }

  async function keep(word: string): Promise<void> {
    const reply = await send('words/teach', { target: `assetpanda.${target}`, word });
    message.textContent = reply.ok ? t('teachSaved', word) : t('teachFailed');
    actions.replaceChildren(button(t('teachClose'), stop));
  }

  point();
}
