// What the guide's "Fill in" does for each step. Every action types only into elements found with
// certainty and never presses Save: the admin saves, the guide then verifies.

import type { ProviderProfile } from '../../core/profile';
import { t } from '../../ui/i18n';
import { fillInput } from '../dom/fill';
import { locate } from '../dom/locate';
import type { ActionResult } from './guide/CurrentStep';
import { PORTAL } from './site/locators';
import { APP_NAME } from './steps/create-app';
import type { Guidance } from './steps/types';

type Action = NonNullable<Guidance['action']>;

async function fillAppName(): Promise<ActionResult> {
  const input = locate(PORTAL.appNameInput) as HTMLInputElement | null;
  if (!input) return { ok: false, message: t('fillTargetMissing') };
  const outcome = await fillInput(input, APP_NAME);
  return outcome === 'filled' || outcome === 'unchanged'
    ? { ok: true, message: t('fillAppNameDone') }
    : { ok: false, message: t('fillReverted') };
}

export function runAction(action: Action, _profile: ProviderProfile): Promise<ActionResult> {
  switch (action) {
    case 'fill-app-name':
      return fillAppName();
    default:
      return Promise.resolve({ ok: false, message: t('fillTargetMissing') });
  }
}
