// The capture's second half, loaded after the admin's trusted click on the SAML page: was the
// click in the certificate card (docs/portal-facts.md#certificate-card), and on its Federation Metadata XML row? Then a
// readable download that followed is handed to the background; when none arrives within a few
// seconds (an anchor never attached to the page, a download from another frame:
// docs/portal-facts.md#metadata-download),
// the App Federation Metadata Url the card shows is fetched instead, or, if the card cannot be
// read, the one built from the route's appId and the tenant. The card's certificate is reported
// too, so the popup can compare thumbprints.

import { bytesToBase64 } from '../../core/bytes';
import { buildMetadataUrl } from '../../core/metadata-url';
import { parsePortalRoute } from '../../core/route';
import { send } from '../../messaging/send';
import { labelElements, locate } from '../dom/locate';
import { onPageChange } from '../dom/watch';
import type { Arming } from './arming';
import { placeHere } from './place';
import { wordsOf } from '../dom/target';
import { LABELS } from './site/labels';
import { portalTarget } from './site/locators';
import { certificateCard, readCertificateCard } from './site/read';

interface CardClick {
  /** On the Federation Metadata XML row (or the Download found there): a file is expected. */
  forMetadata: boolean;
  metadataUrl: string | null;
}

const THUMBPRINT = /\b[0-9A-F]{40}\b/i;
/** The tenant as the SAML page's "Set up <App>" card shows it (docs/portal-facts.md#saml-page). */
const TENANT_ON_PAGE =
  /^https:\/\/(?:sts\.windows\.net|login\.microsoftonline\.com)\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\//i;

const clicks = new WeakMap<Arming, CardClick | null>();
const captures = new WeakMap<Arming, Promise<boolean>[]>();

function appIdHere(): string | null {
  const place = placeHere();
  return place.kind === 'app' ? place.appId : null;
}

/** The tenant from the address (`/{tenant}/#view…`, `#@domain/…`), else from the page. */
function tenantHere(): string | null {
  const fromRoute = parsePortalRoute(location.href)?.tenant;
  if (fromRoute) return fromRoute;
  for (const input of document.querySelectorAll('input')) {
    const match = TENANT_ON_PAGE.exec(input.value);
    if (match?.[1]) return match[1];
  }
  return null;
}

/** The address the card would show for this app: from the route's appId and the tenant. */
function builtMetadataUrl(): string | null {
  const appId = appIdHere();
  const tenant = appId ? tenantHere() : null;
  return appId && tenant ? buildMetadataUrl(tenant, appId) : null;
}

/** The card's App Federation Metadata Url, or the one built for this app when it cannot be read. */
export function metadataUrlHere(): string | null {
  return readCertificateCard(document)?.metadataUrl ?? builtMetadataUrl();
}

/** The smallest part of the card around the click that names Federation Metadata XML is its row. */
function onMetadataRow(target: Element, card: Element): boolean {
  if (locate(portalTarget('downloadMetadata'))?.contains(target)) return true;
  const labels = labelElements(card, wordsOf(LABELS.federationMetadataXml));
  for (let scope: Element | null = target; scope && scope !== card; scope = scope.parentElement) {
    const holds = labels.some((label) => scope?.contains(label));
    // A part that also shows the thumbprint is the whole certificate section, not one row.
    if (holds) return !THUMBPRINT.test(scope.textContent ?? '');
  }
  return false;
}

let lastReported = '';

function reportCertificate(): void {
  const place = placeHere();
  if (place.kind !== 'app' || place.menu !== 'SignOn') return;
  const card = readCertificateCard(document);
  const thumbprint = card?.thumbprint;
  if (!card || !thumbprint) return;
  const metadataUrl = card.metadataUrl ?? builtMetadataUrl();
  const key = `${place.appId}|${thumbprint}|${metadataUrl}|${card.notificationEmail}`;
  if (key === lastReported) return;
  lastReported = key;
  void send('portal/certificate-seen', {
    appId: place.appId,
    thumbprint,
    metadataUrl,
    ...(card.notificationEmail ? { notificationEmail: card.notificationEmail } : {}),
  });
}

/** Judges the click once, as the page is right after it. */
export function judge(arming: Arming): CardClick | null {
  if (clicks.has(arming)) return clicks.get(arming) ?? null;
  const card = certificateCard(document);
  const click =
    card?.contains(arming.target) === true
      ? { forMetadata: onMetadataRow(arming.target, card), metadataUrl: metadataUrlHere() }
      : null;
  clicks.set(arming, click);
  if (click) reportCertificate();
  return click;
}

/** XML starts with "<" after an optional byte-order mark and white space. */
function looksLikeXml(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[i] ?? 0)) i += 1;
  return bytes[i] === 0x3c;
}

async function capture(fileName: string, bytes: Uint8Array): Promise<boolean> {
  const reply = await send('metadata/captured', {
    base64: bytesToBase64(bytes),
    fileName,
    appId: appIdHere(),
  });
  return reply.ok && reply.metadata !== null;
}

/**
 * Called when a download's bytes are in, and once the fallback delay has passed: stores the first
 * usable download; failing that, on the timeout, fetches the metadata URL.
 */
export async function settle(arming: Arming, reason: 'download' | 'timeout'): Promise<void> {
  const click = judge(arming);
  if (!click || arming.settled) return;
  const started = captures.get(arming) ?? [];
  captures.set(arming, started);
  for (const download of arming.downloads.splice(0)) {
    const bytes = await download.bytes;
    if (bytes && looksLikeXml(bytes)) started.push(capture(download.fileName, bytes));
  }
  if (reason !== 'timeout') return;
  if ((await Promise.all(started)).some(Boolean) || arming.settled) return;
  arming.settled = true;
  if (click.forMetadata && click.metadataUrl)
    await send('metadata/fetch-url', { url: click.metadataUrl });
}

/** While the guide is shown: report the card's certificate as soon as the card shows it. */
export function watchCertificateCard(): () => void {
  return onPageChange(reportCertificate);
}
