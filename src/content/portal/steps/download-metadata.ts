import { locate } from '../../dom/locate';
import { PORTAL } from '../site/locators';
import type { StepFeature } from './types';

/**
 * Done when the background holds usable metadata (it marks the step itself when a capture is
 * stored); the page only tells where the Download link is.
 */
export const downloadMetadata: StepFeature = {
  id: 'download-metadata',
  observe: () => null,
  guide: ({ place, doc }) => {
    if (place.kind !== 'app') return null;
    if (place.menu !== 'SignOn') return { target: 'menuSignOn', hint: 'hint_menu_sign_on' };
    // An edit pane still open covers the card: close it first (after Save, the X).
    if (locate(PORTAL.paneClose, doc)) return { target: 'paneClose', hint: 'hint_close_pane' };
    // The same document without any download: the App Federation Metadata Url (docs/portal-facts.md#metadata-url).
    return {
      target: 'downloadMetadata',
      hint: 'hint_download_metadata',
      action: 'fetch-from-entra',
    };
  },
};
