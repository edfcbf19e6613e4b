// Captures the Federation Metadata XML at the admin's own click on the portal's "Download": the
// portal makes a script-made `blob:` download (reference/azure-portal.md, section 5), and the
// content script reads the same blob, so no `downloads` permission is needed. When the blob
// cannot be read, the background fetches the App Federation Metadata Url the card shows instead.
// It also reports the certificate the card shows, so the popup can compare thumbprints.

import { bytesToBase64 } from '../../core/bytes';
import { send } from '../../messaging/send';
import { locate } from '../dom/locate';
import { onPageChange } from '../dom/watch';
import { placeHere } from './place';
import { PORTAL } from './site/locators';
import { readCertificateCard } from './site/read';

/** How long after the admin's click on Download a script-made download counts as that file. */
const ARMED_MS = 15_000;

function appIdHere(): string | null {
  const place = placeHere();
  return place.kind === 'app' ? place.appId : null;
}

const certificateCard = () => readCertificateCard(document);

async function capture(link: HTMLAnchorElement): Promise<void> {
  const fileName = link.download || 'federationmetadata.xml';
  try {
    const response = await fetch(link.href);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const reply = await send('metadata/captured', {
      base64: bytesToBase64(bytes),
      fileName,
      appId: appIdHere(),
    });
    if (reply.ok) return;
  } catch {
    // The blob was revoked or cannot be read from here: fall back to the URL below.
  }
  const url = certificateCard()?.metadataUrl;
  if (url) await send('metadata/fetch-url', { url });
}

export function startCapture(): () => void {
  let armedUntil = 0;
  const onClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    const download = locate(PORTAL.downloadMetadata);
    if (download?.contains(target)) {
      armedUntil = Date.now() + ARMED_MS;
      return;
    }
    const link = target.closest('a[download]');
    if (
      link instanceof HTMLAnchorElement &&
      link.href.startsWith('blob:') &&
      /\.xml$/i.test(link.download) &&
      Date.now() < armedUntil
    ) {
      armedUntil = 0;
      void capture(link);
    }
  };
  document.addEventListener('click', onClick, true);

  let lastSeen = '';
  const stopWatching = onPageChange(() => {
    const place = placeHere();
    if (place.kind !== 'app' || place.menu !== 'SignOn') return;
    const card = certificateCard();
    const thumbprint = card?.thumbprint?.replace(/[^0-9a-f]/gi, '');
    if (!card || !thumbprint || !/^[0-9a-f]{40}$/i.test(thumbprint)) return;
    const key = `${place.appId}|${thumbprint}|${card.metadataUrl}`;
    if (key === lastSeen) return;
    lastSeen = key;
    void send('portal/certificate-seen', {
      appId: place.appId,
      thumbprint,
      metadataUrl: card.metadataUrl,
    });
  });

  return () => {
    document.removeEventListener('click', onClick, true);
    stopWatching();
  };
}
