// The certificate card's downloads, done the way the portal's FileDownload control does a
// BlobUriDownload (reference §5): fetch the bytes, make a `blob:` URL, append a temporary
// `<a download="<App display name>.xml" href="blob:…">` to document.body, click it, remove it shortly
// after. `rehearsal-download` selects the other ways §5 and §12 leave open: a `data:` URL, or an
// anchor clicked without being attached. The metadata comes from the harness endpoint that serves the same bytes as the App Federation
// Metadata Url.

import { TENANT } from './scenarios.js';
import { env } from './env.js';

const ANCHOR_LIFETIME_MS = 150;
const BLOB_URL_LIFETIME_MS = 60_000;

export function federationMetadataUrl(app) {
  return `https://login.microsoftonline.com/${TENANT.id}/federationmetadata/2007-06/federationmetadata.xml?appid=${app.appId}`;
}

async function fetchMetadata(app) {
  const url = `/rehearsal-api/federation-metadata?tenant=${encodeURIComponent(TENANT.id)}&appid=${encodeURIComponent(app.appId)}`;
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.blob();
}

async function saveBlob(blob, fileName) {
  const anchor = document.createElement('a');
  anchor.download = fileName;
  anchor.style.display = 'none';
  if (env.download === 'data') {
    // DataUriDownload (§5): the bytes inline in a `data:` URL.
    anchor.href = await new Promise((resolve, reject) => {
      const reader = new window.FileReader();
      reader.onload = () => resolve(reader.result);
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(blob);
    });
  } else {
    anchor.href = URL.createObjectURL(blob);
    setTimeout(() => URL.revokeObjectURL(anchor.href), BLOB_URL_LIFETIME_MS);
  }
  // `detached` (§12): clicked without ever being part of the document.
  if (env.download === 'detached') return anchor.click();
  document.body.append(anchor);
  anchor.click();
  setTimeout(() => anchor.remove(), ANCHOR_LIFETIME_MS);
}

/** "Federation Metadata XML" → `<App>.xml`, the metadata bytes as served (BOM included). */
export async function downloadFederationMetadata(app) {
  await saveBlob(await fetchMetadata(app), `${app.displayName}.xml`);
}

/** The signing certificate (base64 DER) from the metadata's KeyDescriptor use="signing". */
async function signingCertificate(app) {
  const text = await (await fetchMetadata(app)).text();
  const doc = new window.DOMParser().parseFromString(
    text.replace(/^\uFEFF/, ''),
    'application/xml',
  );
  const descriptor =
    [...doc.getElementsByTagNameNS('*', 'KeyDescriptor')].find(
      (k) => k.getAttribute('use') === 'signing',
    ) || doc.getElementsByTagNameNS('*', 'KeyDescriptor')[0];
  const cert = descriptor?.getElementsByTagNameNS('*', 'X509Certificate')[0];
  if (!cert) throw new Error('No signing certificate in the metadata');
  return cert.textContent.replace(/\s+/g, '');
}

/** "Certificate (Base64)" → `<App>.cer` holding PEM text (reference §5). */
export async function downloadCertificateBase64(app) {
  const base64 = await signingCertificate(app);
  const pem = `-----BEGIN CERTIFICATE-----\r\n${base64.match(/.{1,64}/g).join('\r\n')}\r\n-----END CERTIFICATE-----\r\n`;
  await saveBlob(new Blob([pem], { type: 'application/x-x509-ca-cert' }), `${app.displayName}.cer`);
}

/** "Certificate (Raw)" → `<App>.cer` holding the DER bytes. */
export async function downloadCertificateRaw(app) {
  const binary = atob(await signingCertificate(app));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  await saveBlob(new Blob([bytes], { type: 'application/pkix-cert' }), `${app.displayName}.cer`);
}
