import { locate } from '../../dom/locate';
import { portalTarget } from '../site/locators';
import type { GuideStepModule } from './types';

export const chooseSaml: GuideStepModule = {
  observe: ({ place, doc }) => {
    if (place.kind !== 'app') return null;
    if (place.ssoMode === 'saml' || locate(portalTarget('editBasicSaml'), doc)) return 'done';
    return locate(portalTarget('samlTile'), doc) ? 'todo' : null;
  },
  guide: ({ place }) => {
    if (place.kind !== 'app') return null;
    if (place.menu !== 'SignOn') return { target: 'menuSignOn', hint: 'hint_menu_sign_on' };
    return { target: 'samlTile', hint: 'hint_saml_tile' };
  },
};
