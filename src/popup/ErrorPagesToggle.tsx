// Turns the explanation on Cognito's error page on or off (issue 15). On asks the browser for
// exactly the configured Reply URL's origin; off gives it back. The background registers the script when the permission arrives.

import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { cognitoOriginOf, originPattern } from '../core/error-pages';
import { send } from '../messaging/send';
import { t } from '../ui/i18n';

export function ErrorPagesToggle({ replyUrl }: { replyUrl: string }) {
  const origin = cognitoOriginOf(replyUrl);
  const [on, setOn] = useState<boolean | null>(null);
  const [denied, setDenied] = useState(false);
  const wanted = origin ? { origins: [originPattern(origin)] } : null;

  useEffect(() => {
    if (wanted) void browser.permissions.contains(wanted).then(setOn);
  }, [origin]);

  if (!origin || !wanted) return null; // a custom domain: outside the one optional host pattern
  const toggle = async (enable: boolean) => {
    setOn(null); // disabled while the browser asks; then the box shows what was granted
    const done = enable
      ? await browser.permissions.request(wanted)
      : await browser.permissions.remove(wanted);
    setDenied(enable && !done);
    setOn(await browser.permissions.contains(wanted));
    await send('error-pages/sync', {});
  };
  return (
    <p>
      <label>
        <input
          type="checkbox"
          checked={on ?? false}
          disabled={on === null}
          onChange={(e) => void toggle(e.currentTarget.checked)}
        />{' '}
        {t('errorPagesToggle', new URL(origin).host)}
      </label>
      {denied && <span class="bad"> {t('errorPagesDenied')}</span>}
    </p>
  );
}
