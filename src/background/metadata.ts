// Metadata captured three ways (the portal's Download, the App Federation Metadata Url, a file or
// paste in the popup) ends here: checked, stored with where it came from, and the reminder set.
// A newer usable capture for the same app replaces the older one; others stay in the list.

import { bytesToBase64 } from '../core/bytes';
import { inspectMetadata } from '../core/metadata/inspect';
import type { MetadataReport } from '../core/metadata/inspect';
import { parseMetadataUrl } from '../core/metadata-url';
import type { MetadataSource, StoredMetadata } from '../core/storage-schema';
import { recordStep } from './progress';
import { scheduleCertificateReminder } from './reminders';
import { updateLocal } from './store';

const MAX_CAPTURES = 5;

export interface Capture {
  source: MetadataSource;
  fileName: string;
  appId: string | null;
  sourceUrl?: string;
}

export type CaptureOutcome = { report: MetadataReport; metadata: StoredMetadata | null };

export async function acceptMetadata(bytes: Uint8Array, capture: Capture): Promise<CaptureOutcome> {
  const report = await inspectMetadata(bytes);
  if (!report.ok) return { report, metadata: null };
  const metadata: StoredMetadata = {
    ...capture,
    base64: bytesToBase64(bytes),
    capturedAt: new Date().toISOString(),
    report,
  };
  const key = (m: StoredMetadata) => m.appId ?? m.report.entityId;
  await updateLocal('captures', (captures) =>
    [metadata, ...captures.filter((c) => key(c) !== key(metadata))].slice(0, MAX_CAPTURES),
  );
  await scheduleCertificateReminder();
  await recordStep('download-metadata', 'done');
  return { report, metadata };
}

/**
 * Retry delays for the metadata URL, which is eventually consistent after a save (docs/portal-facts.md#metadata-url: a
 * fresh certificate answers 404 for a while). Bounded: about half a minute in all, then the admin
 * is told and can try again.
 */
const RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 8000, 8000];

export type FetchOutcome = CaptureOutcome | { error: 'bad-url' | 'unreachable'; status?: number };

export async function fetchMetadataUrl(
  href: string,
  delays: readonly number[] = RETRY_DELAYS_MS,
): Promise<FetchOutcome> {
  const parsed = parseMetadataUrl(href);
  if (!parsed) return { error: 'bad-url' };
  let status: number | undefined;
  for (let attempt = 0; attempt <= delays.length; attempt += 1) {
    try {
      // `redirect: 'error'`: the endpoint answers directly; a redirect (to another host, say)
      // is refused before any request goes there.
      const response = await fetch(parsed.url, {
        credentials: 'omit',
        cache: 'no-store',
        redirect: 'error',
      });
      status = response.status;
      if (response.ok) {
        const bytes = new Uint8Array(await response.arrayBuffer());
        return acceptMetadata(bytes, {
          source: 'url',
          sourceUrl: parsed.url,
          appId: parsed.appId,
          fileName: 'federationmetadata.xml',
        });
      }
      if (status < 500 && status !== 404 && status !== 429) break; // will not get better by waiting
    } catch {
      status = undefined; // offline, or a redirect refused
    }
    const delay = delays[attempt];
    if (delay !== undefined) await new Promise((done) => setTimeout(done, delay));
  }
  return status === undefined ? { error: 'unreachable' } : { error: 'unreachable', status };
}
