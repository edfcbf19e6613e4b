// The options form as data: its fields, what each one's problem is (in plain words, through
// _locales keys), and what the page sends with `options/set`. Pure, so it is tested without a page;
// the background checks the same rules again when it stores the options.

import { isAllowedAssetPandaUrl } from '../core/hosts';
import { codeKey, type MessageKey } from '../core/message-keys';
import { DEFAULT_PROFILE, profileProblems, type ProfileProblem } from '../core/profile';
import { DEFAULT_SETTINGS, type Settings, type UserOptions } from '../core/settings';

export const PROFILE_FIELDS = ['entityId', 'replyUrl', 'claimName', 'claimSource'] as const;
export type FieldName = (typeof PROFILE_FIELDS)[number] | 'assetPandaUrl';
export type OptionsForm = Record<FieldName, string>;

export const DEFAULT_FORM: OptionsForm = {
  ...DEFAULT_PROFILE,
  assetPandaUrl: DEFAULT_SETTINGS.assetPandaUrl,
};

export function formFromSettings(settings: Settings): OptionsForm {
  return { ...settings.profile, assetPandaUrl: settings.assetPandaUrl };
}

const PROBLEM_FIELD: Record<ProfileProblem, FieldName> = {
  'entity-id-format': 'entityId',
  'reply-url-format': 'replyUrl',
  'claim-name': 'claimName',
  'claim-source': 'claimSource',
};

/** Each field's problem, as the _locales key of a sentence saying what is wrong and what to do. */
export function formProblems(
  form: OptionsForm,
  assetPandaHostPatterns: readonly string[],
): Partial<Record<FieldName, MessageKey>> {
  const trimmed = trim(form);
  const problems: Partial<Record<FieldName, MessageKey>> = {};
  for (const problem of profileProblems(trimmed))
    problems[PROBLEM_FIELD[problem]] = codeKey('optionsProblem', problem);
  if (!isAllowedAssetPandaUrl(trimmed.assetPandaUrl, assetPandaHostPatterns))
    problems.assetPandaUrl = 'optionsProblem_asset_panda_url';
  return problems;
}

/** What `options/set` carries: every value, trimmed; the profile only when policy leaves it open. */
export function optionsToSave(form: OptionsForm, profileLocked: boolean): UserOptions {
  const trimmed = trim(form);
  if (profileLocked) return { assetPandaUrl: trimmed.assetPandaUrl };
  return trimmed;
}

function trim(form: OptionsForm): OptionsForm {
  return {
    entityId: form.entityId.trim(),
    replyUrl: form.replyUrl.trim(),
    claimName: form.claimName.trim(),
    claimSource: form.claimSource.trim(),
    assetPandaUrl: form.assetPandaUrl.trim(),
  };
}
