import { SUGGESTED_APP_NAME } from '../../../core/profile';
import { t } from '../../../ui/i18n';
import { fillInput } from '../../dom/fill';
import { locate, locateAll } from '../../dom/locate';
import { portalTarget } from '../site/locators';
import { targetMissing } from './results';
import type { GuideStepModule, GuideStepAction } from './types';

/** "Fill in": the suggested name into the gallery's name box. */
const fillAppName: GuideStepAction = {
  label: 'fillIn',
  typesIntoPage: true,
  async run() {
    const input = locate(portalTarget('appNameInput')) as HTMLInputElement | null;
    if (!input) return targetMissing();
    const outcome = await fillInput(input, SUGGESTED_APP_NAME);
    return outcome === 'filled' || outcome === 'unchanged'
      ? { ok: true, messages: [t('fillAppNameDone')] }
      : { ok: false, messages: [t('fillReverted')] };
  },
};

export const createApp: GuideStepModule = {
  observe: ({ place }) => (place.kind === 'app' || place.kind === 'add-assignment' ? 'done' : null),
  guide: ({ place, doc }) => {
    if (place.kind === 'enterprise-apps') {
      return locateAll(portalTarget('assetPandaApp'), doc).length > 0
        ? { hint: 'hint_open_existing_app' }
        : { target: 'newApplication', hint: 'hint_new_application' };
    }
    if (place.kind !== 'gallery') return null;
    const name = locate(portalTarget('appNameInput'), doc) as HTMLInputElement | null;
    if (!name) return { target: 'createYourOwnApplication', hint: 'hint_create_your_own' };
    if (!name.value.trim())
      return {
        target: 'appNameInput',
        hint: 'hint_app_name',
        action: fillAppName,
        copy: ['appName'],
      };
    return { target: 'createButton', hint: 'hint_create' };
  },
};
