// The connection name the admin chooses, checked against what Asset Panda's sign-in service
// accepts. Asset Panda Pro runs on Amazon Cognito, and the Connection Name most likely becomes the
// SAML provider's `ProviderName` (docs/assetpanda-facts.md#connection-name): at most 32
// characters, pattern `[^_][\p{L}\p{M}\p{S}\p{N}\p{P}][^_]+` (so at least 3 and no underscores).
// We check before sending, so the admin hears about it in the popup rather than from a form error.

export const DEFAULT_CONNECTION_NAME = 'Microsoft Entra ID';
const NAME_MIN = 3;
export const NAME_MAX = 32;

export type ConnectionNameProblem =
  'required' | 'too-short' | 'too-long' | 'underscore' | 'characters' | 'second-character';

/** The name as it will be sent: white space at either end does not count. */
export const normalizeConnectionName = (name: string): string => name.trim();

export function connectionNameProblem(raw: string): ConnectionNameProblem | null {
  const name = normalizeConnectionName(raw);
  if (!name) return 'required';
  if (name.includes('_')) return 'underscore';
  if (/\p{Cc}|\p{Cf}|\p{Co}|\p{Cn}/u.test(name)) return 'characters';
  // UTF-16 units, not code points: the stricter count, so no name passes here that a front end
  // counting JavaScript string length would refuse.
  if (name.length < NAME_MIN) return 'too-short';
  if (name.length > NAME_MAX) return 'too-long';
  if (!/^.[\p{L}\p{M}\p{S}\p{N}\p{P}]/u.test(name)) return 'second-character';
  return null;
}

/** `<connection name>.xml`, with characters that file names cannot hold replaced by "-". */
export function metadataFileName(connectionName: string): string {
  return `${normalizeConnectionName(connectionName).replace(/[\\/:*?"<>|]/g, '-')}.xml`;
}
