import { labelElements, locate } from '../../dom/locate';
import { PORTAL } from '../site/locators';
import { LABELS } from '../site/labels';
import { claimsCard, propertyRows } from '../site/read';
import type { StepFeature } from './types';

/** Any claim whose source is the profile's attribute counts (the default emailaddress one too). */
export const emailClaim: StepFeature = {
  id: 'email-claim',
  observe: ({ place, doc, profile }) => {
    if (place.kind !== 'app' || place.menu !== 'SignOn') return null;
    const card = claimsCard(doc);
    if (!card) return null;
    const rows = propertyRows(card);
    if (!rows.length) return null;
    return rows.some((row) => row.values.includes(profile.claimSource)) ? 'done' : 'todo';
  },
  guide: ({ place, doc }) => {
    if (place.kind === 'app' && place.menu !== 'SignOn')
      return { target: 'menuSignOn', hint: 'hint_menu_sign_on' };
    if (labelElements(doc, LABELS.sourceAttribute).length && locate(PORTAL.save, doc))
      return {
        hint: 'hint_fill_email_claim',
        action: 'fill-email-claim',
        copy: ['claimName', 'claimSource'],
      };
    if (locate(PORTAL.addNewClaim, doc))
      return {
        target: 'addNewClaim',
        hint: 'hint_add_new_claim',
        copy: ['claimName', 'claimSource'],
      };
    if (place.kind !== 'app') return null;
    return { target: 'editClaims', hint: 'hint_edit_claims', copy: ['claimName', 'claimSource'] };
  },
};
