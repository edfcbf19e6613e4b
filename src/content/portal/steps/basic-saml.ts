import { locate } from '../../dom/locate';
import { PORTAL } from '../site/locators';
import { LABELS } from '../site/labels';
import { cardOf, propertyValues } from '../site/read';
import { paneValues, samlPaneOpen } from '../site/panes';
import type { StepFeature } from './types';

const once = (values: string[], wanted: string) => values.filter((v) => v === wanted).length === 1;

export const basicSaml: StepFeature = {
  id: 'basic-saml',
  /** Done only on the read-back: the card's saved values equal the profile, character for character. */
  observe: ({ place, doc, profile }) => {
    if (place.kind !== 'app' || place.menu !== 'SignOn') return null;
    // The read-back counts once the post-save prompt is answered (the admin may still be saving).
    if (locate(PORTAL.testLater, doc)) return null;
    const card = cardOf(doc, LABELS.basicSamlConfiguration);
    if (!card) return null;
    const identifiers = propertyValues(card, LABELS.identifier);
    const replyUrls = propertyValues(card, LABELS.replyUrl);
    if (!identifiers || !replyUrls) return null;
    return once(identifiers, profile.entityId) && once(replyUrls, profile.replyUrl)
      ? 'done'
      : 'todo';
  },
  guide: ({ place, doc, profile }) => {
    if (place.kind === 'app' && place.menu !== 'SignOn')
      return { target: 'menuSignOn', hint: 'hint_menu_sign_on' };
    if (locate(PORTAL.testLater, doc)) return { target: 'testLater', hint: 'hint_test_later' };
    if (samlPaneOpen(doc, LABELS.identifier)) {
      const values = paneValues(doc);
      const filled =
        once(values.identifiers, profile.entityId) && once(values.replyUrls, profile.replyUrl);
      return filled
        ? { target: 'save', hint: 'hint_save_basic_saml', copy: ['entityId', 'replyUrl'] }
        : {
            hint: 'hint_fill_basic_saml',
            action: 'fill-basic-saml',
            copy: ['entityId', 'replyUrl'],
          };
    }
    if (reactViewPaneOpen(doc)) return { hint: 'hint_in_pane', copy: ['entityId', 'replyUrl'] };
    if (place.kind !== 'app') return null;
    return {
      target: 'editBasicSaml',
      hint: 'hint_edit_basic_saml',
      copy: ['entityId', 'replyUrl'],
    };
  },
};

/** A context pane whose content is a ReactView iframe: the guide in that frame takes over. */
export function reactViewPaneOpen(doc: Document): boolean {
  return [...doc.querySelectorAll('iframe[name$=".ReactView"]')].some(
    (f) => f.getClientRects().length > 0,
  );
}
