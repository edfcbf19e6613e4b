// The explanation on Cognito's error page (issue 15). Its host is optional: the admin turns it on
// in the popup, which asks the browser for exactly the configured Reply URL's origin. `scripting`
// (no warning, no access of its own) is what lets a script run on an optional host. This module
// keeps one dynamic content script registered for that origin while, and only while, the
// permission is granted and the Reply URL is on Cognito.

import browser from 'webextension-polyfill';
import { cognitoOriginOf, originPattern } from '../core/error-pages';
import errorPageScript from '../content/error-page/cognito.ts?script';
import { getSettings } from './settings';

const SCRIPT_ID = 'error-page';

/** Registers, re-registers or removes the script to match the permission and the Reply URL. */
export async function syncErrorPageScript(): Promise<boolean> {
  const origin = cognitoOriginOf((await getSettings()).profile.replyUrl);
  const wanted = origin ? originPattern(origin) : null;
  const granted = !!wanted && (await browser.permissions.contains({ origins: [wanted] }));
  const { scripting } = browser;
  const [current] = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  const same = current?.matches?.length === 1 && current.matches[0] === wanted;
  if (current && (!granted || !same))
    await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (granted && wanted && !same) {
    await scripting.registerContentScripts([
      {
        id: SCRIPT_ID,
        matches: [wanted],
        js: [errorPageScript],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  return granted;
}

export function watchErrorPagePermission(): void {
  const sync = () => void syncErrorPageScript().catch((e: unknown) => console.error(e));
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  // A new Reply URL in the options may be another Cognito origin (or none).
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'options' in changes) sync();
  });
  browser.runtime.onStartup.addListener(sync);
}
