// The certificate card's downloads, done the way the portal's FileDownload control does a
// BlobUriDownload (reference §5): fetch the bytes, make a `blob:` URL, append a temporary
// `<a download="<App display name>.xml" href="blob:…">` to document.body, click it, remove it shortly
// after. The metadata comes from the harness endpoint that serves the same bytes as the App Federation
// Metadata Url.

import { TENANT } from './scenarios.js';

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

function saveBlob(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.download = fileName;
  anchor.href = url;
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  setTimeout(() => anchor.remove(), ANCHOR_LIFETIME_MS);
  setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
}

/** "Federation Metadata XML" → `<App>.xml`, the metadata bytes as served (BOM included). */
export async function downloadFederationMetadata(app) {
  saveBlob(await fetchMetadata(app), `${app.displayName}.xml`);
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
  saveBlob(new Blob([pem], { type: 'application/x-x509-ca-cert' }), `${app.displayName}.cer`);
}

/** "Certificate (Raw)" → `<App>.cer` holding the DER bytes. */
export async function downloadCertificateRaw(app) {
  const binary = atob(await signingCertificate(app));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  saveBlob(new Blob([bytes], { type: 'application/pkix-cert' }), `${app.displayName}.cer`);
}
