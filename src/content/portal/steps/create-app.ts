import { locate, locateAll } from '../../dom/locate';
import { PORTAL } from '../site/locators';
import type { StepFeature } from './types';

export const createApp: StepFeature = {
  id: 'create-app',
  observe: ({ place }) => (place.kind === 'app' || place.kind === 'add-assignment' ? 'done' : null),
  guide: ({ place, doc }) => {
    if (place.kind === 'enterprise-apps') {
      return locateAll(PORTAL.assetPandaApp, doc).length > 0
        ? { hint: 'hint_open_existing_app' }
        : { target: 'newApplication', hint: 'hint_new_application' };
    }
    if (place.kind !== 'gallery') return null;
    const name = locate(PORTAL.appNameInput, doc) as HTMLInputElement | null;
    if (!name) return { target: 'createYourOwnApplication', hint: 'hint_create_your_own' };
    if (!name.value.trim())
      return {
        target: 'appNameInput',
        hint: 'hint_app_name',
        action: 'fill-app-name',
        copy: ['appName'],
      };
    return { target: 'createButton', hint: 'hint_create' };
  },
};
