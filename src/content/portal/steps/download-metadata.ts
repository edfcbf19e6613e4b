import type { StepFeature } from './types';

/**
 * Done when the background holds usable metadata (it marks the step itself when a capture is
 * stored); the page only tells where the Download link is.
 */
export const downloadMetadata: StepFeature = {
  id: 'download-metadata',
  observe: () => null,
  guide: ({ place }) => {
    if (place.kind !== 'app') return null;
    if (place.menu !== 'SignOn') return { target: 'menuSignOn', hint: 'hint_menu_sign_on' };
    return { target: 'downloadMetadata', hint: 'hint_download_metadata' };
  },
};
