// The service-provider values the admin enters in Entra (docs/assetpanda-facts.md#sp-values). Asset Panda says they may differ for some customers, so options and policy
// (`storage.managed`) can change them; validation lives here so every context agrees.

export interface ProviderProfile {
  entityId: string;
  replyUrl: string;
  claimName: string;
  claimSource: string;
}

export const DEFAULT_PROFILE: ProviderProfile = {
  entityId: 'urn:amazon:cognito:sp:us-east-1_4jHsDgxlC',
  replyUrl: 'https://ap-pioneer-951730251621.auth.us-east-1.amazoncognito.com/saml2/idpresponse',
  claimName: 'emailaddress',
  claimSource: 'user.mail',
};

/** The display name the guide suggests for the Entra app (the admin may choose another). */
export const SUGGESTED_APP_NAME = 'Asset Panda';

export type ProfileProblem =
  'entity-id-format' | 'reply-url-format' | 'claim-name' | 'claim-source';

/** The Identifier must be a URN or an https URL; the Reply URL https (Entra refuses others). */
export function profileProblems(profile: ProviderProfile): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  const id = profile.entityId.trim();
  if (!(/^urn:[a-z0-9][a-z0-9-]{0,31}:\S+$/i.test(id) || isHttpsUrl(id)))
    problems.push('entity-id-format');
  if (
    !isHttpsUrl(profile.replyUrl.trim()) ||
    profile.replyUrl.length > 256 ||
    /[!$'(),;]/.test(profile.replyUrl)
  )
    problems.push('reply-url-format');
  if (!/^[A-Za-z0-9_.:/-]{1,128}$/.test(profile.claimName)) problems.push('claim-name');
  if (!/^user\.[A-Za-z0-9_]{1,64}$/.test(profile.claimSource)) problems.push('claim-source');
  return problems;
}

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && !!url.hostname && value === value.trim();
  } catch {
    return false;
  }
}
