// Captures the Federation Metadata XML at the admin's own click on the portal's Download
// (docs/portal-facts.md#metadata-download: how the portal saves the file is unknown). Started at `document_start` in the top portal frame,
// whether or not the guide is shown, because the admin may click Download the moment it shows.
// This part stays tiny (it loads with every portal page): one capture-phase click listener that
// notes a trusted click on the SAML page and starts reading any `blob:` or `data:` download that
// follows at once, before the page can revoke it. Whether the click was in the certificate card,
// and what to do with the bytes, is decided by ./capture-card, loaded only after such a click.

import { placeHere } from './place';

/** A script-made download this soon after the admin's click counts as the file they asked for. */
const DOWNLOAD_WINDOW_MS = 15_000;
/** With no readable download by then, the App Federation Metadata Url is fetched instead. */
export const FALLBACK_AFTER_MS = 4_000;
/** Larger files are not metadata (the checker's cap is 1 MB). */
const MAX_BYTES = 1_100_000;

export interface Download {
  fileName: string;
  /** The bytes, or null when they could not be read (revoked, too large). */
  bytes: Promise<Uint8Array | null>;
}

/** One trusted click on the SAML page, and the downloads that followed it. */
export interface Arming {
  target: Element;
  until: number;
  downloads: Download[];
  /** Set once the capture is taken care of: a download stored, or the URL fetch started. */
  settled: boolean;
}

async function read(href: string): Promise<Uint8Array | null> {
  const response = await fetch(href);
  const buffer = await response.arrayBuffer();
  return buffer.byteLength > MAX_BYTES ? null : new Uint8Array(buffer);
}

const card = () => import('./capture-card');

function onSamlPage(): boolean {
  const place = placeHere();
  return place.kind === 'app' && place.menu === 'SignOn';
}

/**
 * Listens for the admin's click. `isTrusted` tells their own click from a page script's
 * `click()`; tests in a DOM without real input pass their own judge.
 */
export function listenForCapture(
  trusted: (event: Event) => boolean = (event) => event.isTrusted,
): () => void {
  let armed: Arming | null = null;
  const onClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    const link = target.closest('a[href]');
    const download =
      link instanceof HTMLAnchorElement && /^(blob|data):/i.test(link.href) ? link : null;
    const open = armed && Date.now() < armed.until ? armed : null;
    // A download link clicked while armed is that click's file, not a new click to judge.
    if (trusted(event) && !(download && open) && onSamlPage()) {
      const arming: Arming = {
        target,
        until: Date.now() + DOWNLOAD_WINDOW_MS,
        downloads: [],
        settled: false,
      };
      armed = arming;
      void card().then((m) => m.judge(arming)); // the card as it is right after the click
      setTimeout(() => void card().then((m) => m.settle(arming, 'timeout')), FALLBACK_AFTER_MS);
    }
    const arming = armed && Date.now() < armed.until ? armed : null;
    if (!download || !arming) return;
    // Start reading now: the page may revoke a blob: URL right after its click.
    const taken: Download = {
      fileName: download.download || 'federationmetadata.xml',
      bytes: read(download.href).catch(() => null),
    };
    arming.downloads.push(taken);
    void taken.bytes.then(() => card()).then((m) => m.settle(arming, 'download'));
  };
  document.addEventListener('click', onClick, true);
  return () => document.removeEventListener('click', onClick, true);
}
