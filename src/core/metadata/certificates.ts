import './reflect-polyfill';
import { X509Certificate } from '@peculiar/x509';
import type { Element } from '@xmldom/xmldom';
import { MAX_CERTIFICATE_CHARS, problem } from './errors';
import { attribute, childElements, ownText } from './elements';
import { DS_NS, MD_NS } from './namespaces';
import type { CertificateInfo } from './types';

/** A signing certificate with its dates kept as Dates, for the checks. */
export interface SigningCertificate {
  info: CertificateInfo;
  notBefore: Date;
  notAfter: Date;
}

/**
 * The base64 text of every signing certificate of the identity provider, in document order,
 * whitespace removed (files wrap it over lines and indent it). Only KeyDescriptors of the
 * IDPSSODescriptor count: the copy in the document's own Signature, and those of the WS-Federation
 * RoleDescriptors, say who signed the file or serve other protocols. A KeyDescriptor without `use`
 * serves both signing and encryption, so it counts too.
 */
export function readSigningCertificateTexts(idp: Element): string[] {
  return childElements(idp, MD_NS, 'KeyDescriptor')
    .filter((descriptor) => {
      const use = attribute(descriptor, 'use');
      return use === null || use === 'signing';
    })
    .flatMap((descriptor) => childElements(descriptor, DS_NS, 'KeyInfo'))
    .flatMap((keyInfo) => childElements(keyInfo, DS_NS, 'X509Data'))
    .flatMap((data) => childElements(data, DS_NS, 'X509Certificate'))
    .map((certificate) => (ownText(certificate) ?? '').replace(/\s+/g, ''));
}

/**
 * Decodes and parses each certificate (with @peculiar/x509, never by hand), computes its
 * thumbprints, drops duplicates, and sorts them by expiry, earliest first. Any certificate that
 * cannot be read refuses the whole file: which key Entra signs with is unknown, so a damaged one
 * may be the one that matters.
 */
export async function parseSigningCertificates(texts: string[]): Promise<SigningCertificate[]> {
  const read = texts.map((text, index) => {
    const fail = (kind: 'base64' | 'x509' | 'too-long') =>
      problem('bad-certificate', {
        position: index + 1,
        total: texts.length,
        start: text.slice(0, 24),
        problem: kind,
        length: text.length,
      });
    const der = decodeBase64(text);
    if (der === null) throw fail('base64');
    const certificate = readCertificate(der);
    if (certificate === null) throw fail('x509');
    if (text.length > MAX_CERTIFICATE_CHARS) throw fail('too-long');
    return certificate;
  });
  const distinct = new Map<string, SigningCertificate>();
  for (const certificate of await Promise.all(read.map(describe))) {
    distinct.set(certificate.info.sha256, certificate);
  }
  return [...distinct.values()].sort(
    (a, b) => a.notAfter.getTime() - b.notAfter.getTime() || a.info.sha1.localeCompare(b.info.sha1),
  );
}

interface ReadCertificate {
  der: Uint8Array<ArrayBuffer>;
  subject: string;
  notBefore: Date;
  notAfter: Date;
}

function readCertificate(der: Uint8Array<ArrayBuffer>): ReadCertificate | null {
  try {
    const certificate = new X509Certificate(der);
    const { subject, notBefore, notAfter } = certificate;
    if (Number.isNaN(notBefore.getTime()) || Number.isNaN(notAfter.getTime())) return null;
    return { der, subject, notBefore, notAfter };
  } catch {
    return null;
  }
}

async function describe(certificate: ReadCertificate): Promise<SigningCertificate> {
  const [sha1, sha256] = await Promise.all([
    thumbprint('SHA-1', certificate.der),
    thumbprint('SHA-256', certificate.der),
  ]);
  return {
    info: {
      sha1,
      sha256,
      subject: certificate.subject,
      notBefore: formatUtc(certificate.notBefore),
      notAfter: formatUtc(certificate.notAfter),
    },
    notBefore: certificate.notBefore,
    notAfter: certificate.notAfter,
  };
}

/** Strict base64 (no whitespace, padding only at the end); null if the text is not. */
function decodeBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length === 0 || text.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(text)) {
    return null;
  }
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function thumbprint(
  algorithm: 'SHA-1' | 'SHA-256',
  der: Uint8Array<ArrayBuffer>,
): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest(algorithm, der));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

/** ISO 8601 UTC, without the ".000" of whole seconds (certificate times are whole seconds). */
export function formatUtc(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z');
}

/** Whole days from `now` until `date` (0 when it is less than a day away). */
export function daysUntil(date: Date, now: Date): number {
  return Math.floor((date.getTime() - now.getTime()) / 86_400_000);
}
