// What the guide says after "Fill in" and on the read-back, as _locales keys with their
// substitutions (the guide calls `t(key, substitutions)`): one message per thing the admin must
// know or do, and none when everything went as it should. Pure, so the wording is tested once.

import { codeKey, type MessageKey } from '../../../core/message-keys';
import type { ProviderProfile } from '../../../core/profile';
import type { FillReport, FieldReport } from './basic-saml';
import type { SavedSaml, SavedVerdict } from './card';
import type { ClaimFillReport } from './claims';
import type { SamlProblem } from './validation';

export interface Explanation {
  key: MessageKey;
  substitutions: string[];
}

const say = (key: MessageKey, ...substitutions: string[]): Explanation => ({ key, substitutions });

function explainField(field: FieldReport): Explanation[] {
  const said: Explanation[] = [];
  switch (field.outcome) {
    case 'needs-confirmation':
      said.push(say('samlFill_needs_confirmation', field.wrong ?? '', field.expected));
      break;
    case 'not-found':
      said.push(say('samlFill_not_found'));
      break;
    case 'no-new-row':
      said.push(say('samlFill_no_new_row'));
      break;
    case 'reverted':
    case 'not-editable':
      said.push(say('samlFill_reverted'));
      break;
  }
  if (field.default === 'failed') said.push(say('samlFill_default_failed', field.expected));
  if (field.others.length) said.push(say('samlFill_others', field.others.join(', ')));
  return said;
}

/** What to tell the admin after `fillBasicSaml`; `needsConfirmation` asks for "Replace". */
export function explainFill(report: FillReport): {
  messages: Explanation[];
  needsConfirmation: boolean;
} {
  return {
    messages: [...explainField(report.identifier), ...explainField(report.replyUrl)],
    needsConfirmation: [report.identifier, report.replyUrl].some(
      (f) => f.outcome === 'needs-confirmation',
    ),
  };
}

/** A validation message of the pane, explained with what to do. */
export function explainProblem(problem: SamlProblem): Explanation {
  const key = codeKey('samlProblem', problem.code);
  return problem.code === 'other' ? say(key, problem.message || problem.value) : say(key);
}

/** Why the saved values do not count yet (nothing when they do). */
export function explainSaved(
  saved: SavedSaml,
  verdicts: { identifier: SavedVerdict; replyUrl: SavedVerdict },
  profile: ProviderProfile,
): Explanation[] {
  const fields = [
    [verdicts.identifier, saved.identifiers, profile.entityId],
    [verdicts.replyUrl, saved.replyUrls, profile.replyUrl],
  ] as const;
  return fields.flatMap(([verdict, values, expected]) =>
    verdict === 'missing'
      ? [say('samlSaved_missing')]
      : verdict === 'different'
        ? [say('samlSaved_different', values.join(', '), expected)]
        : [],
  );
}

/** What to tell the admin after `fillEmailClaim` (nothing when the form is ready to save). */
export function explainClaimFill(report: ClaimFillReport, profile: ProviderProfile): Explanation[] {
  if (report.name === 'occupied') return [say('claimFill_occupied')];
  return report.complete
    ? []
    : [say('claimFill_incomplete', profile.claimName, profile.claimSource)];
}
