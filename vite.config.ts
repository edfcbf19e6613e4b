import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import { browserTargets, manifestFor, type BrowserTarget } from './scripts/manifest-for.ts';
import { preactWithoutInnerHtml } from './scripts/preact-without-inner-html.ts';
import sourceManifest from './manifest.json' with { type: 'json' };

// One source (manifest.json, src/) builds for each browser: `TARGET=firefox vite build` writes
// dist/firefox with the manifest Firefox wants, derived here rather than kept by hand.
const target = (process.env.TARGET ?? 'chrome') as BrowserTarget;
if (!browserTargets.includes(target)) throw new Error(`Unknown TARGET ${target}`);

export default defineConfig({
  plugins: [
    preactWithoutInnerHtml(),
    crx({ manifest: manifestFor(sourceManifest, target), browser: target }),
  ],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    modulePreload: false,
    rollupOptions: {
      input: { popup: 'src/popup/index.html', options: 'src/options/index.html' },
    },
  },
});
