// The rehearsal server: plays the real hosts (portal.azure.com, entra.microsoft.com, the ReactView
// sandbox, login.microsoftonline.com, an Asset Panda organisation, its Cognito domain) from the files in sites/, over
// HTTPS on 127.0.0.1. The browser is pointed at it by host-resolver rules (Chromium) or a proxy
// (Firefox), so the manifest's match patterns are tested unchanged and nothing reaches the internet.

import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cognitoFederation, ENTRA_SAML_PATH } from './federation';
import { selfSignedCertificate } from './tls';

const here = fileURLToPath(new URL('.', import.meta.url));
const sitesDir = join(here, 'sites');

/** Which folder of sites/ each host serves. */
export const SITE_OF_HOST: Record<string, string> = {
  'portal.azure.com': 'portal',
  'entra.microsoft.com': 'portal',
  'sandbox-1.reactblade.portal.azure.net': 'reactblade',
  'login.microsoftonline.com': 'login',
  'acme.assetpanda.app': 'assetpanda',
  'assetpanda.app': 'assetpanda',
  // Asset Panda Pro's Cognito domain: the default Reply URL's origin, where Cognito shows its
  // sign-in errors (reference/assetpanda-cognito-entra.md, sections 2 and 8).
  'ap-pioneer-951730251621.auth.us-east-1.amazoncognito.com': 'cognito',
  // A look-alike: the same Asset Panda pages on a host the extension must refuse.
  'assetpanda.app.example.com': 'assetpanda',
  // The same portal pages on a host the extension does not run on: the bench's page "without it".
  'portal.azure.com.example.com': 'portal',
  'www.example.com': 'unrelated',
};
export const REHEARSAL_HOSTS = Object.keys(SITE_OF_HOST);

export const REHEARSAL_TENANT = '11394d0f-b180-4b91-86c3-bda58288ece0';
const DEFAULT_METADATA = join(here, 'data', 'app-metadata.xml');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml',
  '.ico': 'image/x-icon',
};

export interface RehearsalServer {
  port: number;
  /** Every request served, as `https://host/path?query`, for assertions on what was fetched. */
  requests: string[];
  /** Serve other metadata bytes (or a status) for an app id; `null` restores the default file. */
  setMetadata(appId: string, body: Buffer | { status: number } | null): void;
  /**
   * The same for the App Federation Metadata Url alone (the portal's own download unchanged): the
   * URL lags behind a save (reference 5, "eventually consistent"). Set after `setMetadata`.
   */
  setMetadataUrl(appId: string, body: Buffer | { status: number } | null): void;
  close(): Promise<void>;
}

export async function startRehearsalServer(): Promise<RehearsalServer> {
  const tls = await selfSignedCertificate(REHEARSAL_HOSTS);
  const metadataByApp = new Map<string, Buffer | { status: number }>();
  const metadataUrlByApp = new Map<string, Buffer | { status: number }>();
  const requests: string[] = [];
  const cognito = cognitoFederation(REHEARSAL_TENANT);

  const server: Server = createServer(tls, (req, res) => {
    void (async () => {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
      const url = new URL(req.url ?? '/', `https://${host}`);
      requests.push(url.href);
      const site = SITE_OF_HOST[host];
      if (!site) return send(res, 404, 'text/plain', `No rehearsal site for ${host}`);

      if (site === 'cognito') {
        const redirect = await cognito(req, url);
        if (redirect) return send(res, 302, 'text/plain', '', { location: redirect.location });
      }
      // Entra's SAML endpoint has a sign-in page of its own (sites/login/saml2.html).
      const path =
        site === 'login' && ENTRA_SAML_PATH.test(url.pathname) ? '/saml2.html' : url.pathname;

      const metadataRequest = metadataAppId(host, url);
      if (metadataRequest !== undefined) {
        const app = metadataRequest ?? '';
        const body =
          (host === 'login.microsoftonline.com' ? metadataUrlByApp.get(app) : undefined) ??
          metadataByApp.get(app) ??
          (await readFile(DEFAULT_METADATA));
        if (!Buffer.isBuffer(body)) return send(res, body.status, 'text/plain', 'rehearsal error');
        return send(res, 200, 'text/xml; charset=utf-8', body, {
          'access-control-allow-origin': '*',
        });
      }
      const file = await resolveFile(site, path);
      if (!file) return send(res, 404, 'text/plain', 'Not found');
      return send(
        res,
        200,
        TYPES[extname(file)] ?? 'application/octet-stream',
        await readFile(file),
      );
    })().catch((error: unknown) => send(res, 500, 'text/plain', String(error)));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));

  return {
    port: (server.address() as AddressInfo).port,
    requests,
    setMetadata(appId, body) {
      if (body === null) metadataByApp.delete(appId);
      else metadataByApp.set(appId, body);
    },
    setMetadataUrl(appId, body) {
      if (body === null) metadataUrlByApp.delete(appId);
      else metadataUrlByApp.set(appId, body);
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/**
 * The App Federation Metadata Url on login.microsoftonline.com, and the portal's own download
 * endpoint that the rehearsal SAML page fetches (both serve the same bytes). Returns the app id
 * (or null when none is given) for a metadata request, undefined for anything else.
 */
function metadataAppId(host: string, url: URL): string | null | undefined {
  if (
    host === 'login.microsoftonline.com' &&
    /\/federationmetadata\/2007-06\/federationmetadata\.xml$/i.test(url.pathname)
  )
    return url.searchParams.get('appid');
  if (SITE_OF_HOST[host] === 'portal' && url.pathname === '/rehearsal-api/federation-metadata')
    return url.searchParams.get('appid');
  return undefined;
}

/** A file of the site; paths without an extension fall back to the site's index.html (SPAs). */
async function resolveFile(site: string, pathname: string): Promise<string | null> {
  const root = join(sitesDir, site);
  const wanted = resolve(root, '.' + normalize(decodeURIComponent(pathname)));
  if (!wanted.startsWith(root)) return null;
  const candidates = extname(wanted)
    ? [wanted]
    : [join(wanted, 'index.html'), join(root, 'index.html')];
  for (const candidate of candidates) {
    const info = await stat(candidate).catch(() => null);
    if (info?.isFile()) return candidate;
  }
  return null;
}

function send(
  res: import('node:http').ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  res.end(body);
}
