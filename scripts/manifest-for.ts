// Derives each browser's manifest from the one source manifest.json.
// Chrome: the source as it is. Firefox: an event page (`background.scripts`; it ignores
// `service_worker`), a gecko id, and the data-collection declaration that AMO and `web-ext lint`
// require (which needs Firefox 140 as the minimum on desktop, 142 on Android).

export const browserTargets = ['chrome', 'firefox'] as const;
export type BrowserTarget = (typeof browserTargets)[number];

export const GECKO_ID = 'sso-assistant@assetpanda-sso-assistant.example';

type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
};

// Typed loosely on purpose: crxjs's manifest type is narrower than what Firefox accepts.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function manifestFor(source: Manifest, target: BrowserTarget): any {
  const manifest: Manifest = structuredClone(source);
  if (target === 'chrome') return manifest;
  const worker = manifest.background?.service_worker;
  if (!worker) throw new Error('manifest.json has no background.service_worker');
  manifest.background = { scripts: [worker], type: 'module' };
  delete manifest.minimum_chrome_version;
  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    },
    // Firefox for Android learnt data_collection_permissions in 142, two versions after desktop;
    // saying so keeps AMO from offering the add-on to Android versions that would ignore the key.
    gecko_android: { strict_min_version: '142.0' },
  };
  return manifest;
}
