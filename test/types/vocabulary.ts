// The vocabulary the compiler checks (issue 16): message keys, refusal codes, command payloads and
// the background's request handlers. `npm run typecheck` checks this file and nothing runs it.
// Each `@ts-expect-error` line must fail to compile, or the typecheck fails ("unused directive");
// the line above each is the same thing spelt right, so an error from anything else shows.

import type { Handlers } from '../../src/background/router';
import { listen } from '../../src/background/router';
import type { Guidance, Note } from '../../src/content/portal/steps/types';
import { codeKey, type MessageKey } from '../../src/core/message-keys';
import type { Result } from '../../src/core/messages';
import type { RefusalCode } from '../../src/core/transfer-steps';
import { sendCommand } from '../../src/messaging/commands';
import { t } from '../../src/ui/i18n';

/** A message key: one that _locales/en has, not one it lacks. */
export function messageKeys(): string[] {
  const known: MessageKey = 'guideTitle';
  // @ts-expect-error no such key in public/_locales/en/messages.json
  const unknown: MessageKey = 'guideTitel';
  return [known, unknown, t('guideTitle'), t('transferTarget_sso_tab')];
}

/** A step's hint and a note are message keys too. */
export function stepHints(): (Guidance | Note)[] {
  const hint: Guidance = { target: 'menuSignOn', hint: 'hint_menu_sign_on' };
  // @ts-expect-error a misspelt hint
  const misspelt: Guidance = { target: 'menuSignOn', hint: 'hint_menu_sign_in' };
  const note: Note = { key: 'emailClaimMailEmptyNote', substitutions: [] };
  // @ts-expect-error a note's key that is not a message
  const noKey: Note = { key: 'emailClaimMailEmpty', substitutions: [] };
  return [hint, misspelt, note, noKey];
}

/** A key built from a code exists for every code of its union, and only for those. */
export function codeKeys(): string[] {
  return [
    t(codeKey('transferTarget', 'sso-tab')),
    t(codeKey('step', 'basic-saml', 'title')),
    // @ts-expect-error no target of that name, so no message
    t(codeKey('transferTarget', 'sso-tap')),
    // @ts-expect-error a step has a title and an instruction, not a summary
    t(codeKey('step', 'basic-saml', 'summary')),
  ];
}

/** A refusal is one of RefusalCode. */
export function refusals(): Result<object>[] {
  const known: RefusalCode = 'no-portal-tab';
  const refused: Result<object> = { ok: false, error: known };
  // @ts-expect-error not a refusal code
  const unknown: Result<object> = { ok: false, error: 'no-portal' };
  return [refused, unknown];
}

/** A command goes with its table's payload, and its reply has the table's type. */
export async function commands(): Promise<boolean[]> {
  const reply = await sendCommand(1, 'teach/point', { target: 'sso-tab' }, { frameId: 0 });
  // @ts-expect-error no such target to point at
  await sendCommand(1, 'teach/point', { target: 'sso-tap' }, { frameId: 0 });
  // @ts-expect-error transfer/stop needs the id of the transfer to stop
  await sendCommand(1, 'transfer/stop', {}, { frameId: 0 });
  // @ts-expect-error teach/point answers `accepted`, not `shown`
  return [reply?.accepted === true, reply?.shown === true];
}

/** The background's table has a handler for every request. */
export function handlers(all: Handlers): void {
  listen(all);
  const { 'state/get': _withoutOne, ...rest } = all;
  // @ts-expect-error state/get has no handler
  listen(rest);
}
