// What the guide's "Fill in" does for each step. Every action types only into elements found with
// certainty and never presses Save: the admin saves, the guide then verifies.

import { SUGGESTED_APP_NAME, type ProviderProfile } from '../../core/profile';
import { refusalText, t } from '../../ui/i18n';
import { send } from '../../messaging/send';
import { fillInput } from '../dom/fill';
import { metadataUrlHere } from './capture-card';
import { locate } from '../dom/locate';
import { explainFill, fillBasicSaml, findBasicSamlPane } from './saml/basic-saml';
import { explainClaimFill, fillEmailClaim, findManageClaimForm } from './saml/claims';
import { PORTAL } from './site/locators';
import type { Guidance, Note } from './steps/types';

export type Action = NonNullable<Guidance['action']>;

export interface ActionResult {
  ok: boolean;
  messages: string[];
  /** A wrong value is in the way: the guide asks before typing over it ("Replace"). */
  confirm?: boolean;
}

const say = (notes: readonly Note[]) => notes.map((n) => t(n.key, [...n.substitutions]));
const missing: ActionResult = { ok: false, messages: [t('fillTargetMissing')] };

async function fillAppName(): Promise<ActionResult> {
  const input = locate(PORTAL.appNameInput) as HTMLInputElement | null;
  if (!input) return missing;
  const outcome = await fillInput(input, SUGGESTED_APP_NAME);
  return outcome === 'filled' || outcome === 'unchanged'
    ? { ok: true, messages: [t('fillAppNameDone')] }
    : { ok: false, messages: [t('fillReverted')] };
}

async function fillBasicSamlPane(
  profile: ProviderProfile,
  replaceWrong: boolean,
): Promise<ActionResult> {
  const pane = findBasicSamlPane(document);
  if (!pane) return missing;
  const report = await fillBasicSaml(pane, profile, { replaceWrong });
  const { messages, needsConfirmation } = explainFill(report);
  if (needsConfirmation) return { ok: false, messages: say(messages), confirm: true };
  return {
    ok: report.complete,
    messages: report.complete ? [t('fillBasicSamlDone'), ...say(messages)] : say(messages),
  };
}

async function fillClaim(profile: ProviderProfile): Promise<ActionResult> {
  const form = findManageClaimForm(document);
  if (!form) return missing;
  const report = await fillEmailClaim(form, profile);
  const messages = say(explainClaimFill(report, profile));
  return {
    ok: report.complete,
    messages: report.complete ? [t('fillClaimDone'), ...messages] : messages,
  };
}

/** "Get it from Entra": the card's App Federation Metadata Url (or the one built for this app). */
async function fetchFromEntra(): Promise<ActionResult> {
  const url = metadataUrlHere();
  if (!url) return { ok: false, messages: [t('getItFromEntraNoUrl')] };
  const reply = await send('metadata/fetch-url', { url });
  if (!reply.ok) return { ok: false, messages: [refusalText('requestError', reply.error)] };
  return reply.report.ok
    ? { ok: true, messages: [t('getItFromEntraDone')] }
    : { ok: false, messages: [reply.report.error.message] };
}

export function runAction(
  action: Action,
  profile: ProviderProfile,
  confirmed = false,
): Promise<ActionResult> {
  switch (action) {
    case 'fill-app-name':
      return fillAppName();
    case 'fill-basic-saml':
      return fillBasicSamlPane(profile, confirmed);
    case 'fill-email-claim':
      return fillClaim(profile);
    case 'fetch-from-entra':
      return fetchFromEntra();
  }
}
