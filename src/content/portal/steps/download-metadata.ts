import { send } from '../../../messaging/send';
import { refusalText, t } from '../../../ui/i18n';
import { locate } from '../../dom/locate';
import { metadataUrlHere } from '../capture-card';
import { portalTarget } from '../site/locators';
import type { GuideStepModule, GuideStepAction } from './types';

/** "Get it from Entra": the card's App Federation Metadata Url (or the one built for this app). */
const fetchFromEntra: GuideStepAction = {
  label: 'getItFromEntra',
  typesIntoPage: false,
  async run() {
    const url = metadataUrlHere();
    if (!url) return { ok: false, messages: [t('getItFromEntraNoUrl')] };
    const reply = await send('metadata/fetch-url', { url });
    if (!reply.ok) return { ok: false, messages: [refusalText('requestError', reply.error)] };
    return reply.report.ok
      ? { ok: true, messages: [t('getItFromEntraDone')] }
      : { ok: false, messages: [reply.report.error.message] };
  },
};

/**
 * Done when the background holds usable metadata (it marks the step itself when a capture is
 * stored); the page only tells where the Download link is.
 */
export const downloadMetadata: GuideStepModule = {
  observe: () => null,
  guide: ({ place, doc }) => {
    if (place.kind !== 'app') return null;
    if (place.menu !== 'SignOn') return { target: 'menuSignOn', hint: 'hint_menu_sign_on' };
    // An edit pane still open covers the card: close it first (after Save, the X).
    if (locate(portalTarget('paneClose'), doc))
      return { target: 'paneClose', hint: 'hint_close_pane' };
    // The same document without any download: the App Federation Metadata Url (docs/portal-facts.md#metadata-url).
    return { target: 'downloadMetadata', hint: 'hint_download_metadata', action: fetchFromEntra };
  },
};
