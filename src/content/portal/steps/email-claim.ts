import {
  emailClaimPresent,
  findAddNewClaim,
  findManageClaimForm,
  MAIL_EMPTY_NOTE_KEY,
  readClaimsCard,
} from '../saml/claims';
import { reactViewPaneOpen } from './basic-saml';
import type { Note, StepFeature } from './types';

const copy = ['claimName', 'claimSource'] as const;
const notes: readonly Note[] = [{ key: MAIL_EMPTY_NOTE_KEY, substitutions: [] }];

/** Any claim whose source is the profile's attribute counts (the default emailaddress one too). */
export const emailClaim: StepFeature = {
  id: 'email-claim',
  observe: ({ place, doc, profile }) => {
    if (place.kind !== 'app' || place.menu !== 'SignOn') return null;
    const claims = readClaimsCard(doc);
    if (!claims?.length) return null;
    return emailClaimPresent(claims, profile) ? 'done' : 'todo';
  },
  guide: ({ place, doc }) => {
    if (place.kind === 'app' && place.menu !== 'SignOn')
      return { target: 'menuSignOn', hint: 'hint_menu_sign_on' };
    if (findManageClaimForm(doc))
      return {
        target: 'save',
        hint: 'hint_fill_email_claim',
        action: 'fill-email-claim',
        copy,
        notes,
      };
    // Manage claim drawn in a ReactView iframe: the guide in that frame takes over.
    if (reactViewPaneOpen(doc)) return { hint: 'hint_in_pane', copy, notes };
    if (findAddNewClaim(doc))
      return { target: 'addNewClaim', hint: 'hint_add_new_claim', copy, notes };
    if (place.kind !== 'app') return null;
    return { target: 'editClaims', hint: 'hint_edit_claims', copy, notes };
  },
};
