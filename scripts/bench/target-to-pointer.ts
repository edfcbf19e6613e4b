// Budget: from a target appearing to the guide pointing at it, under 100 ms (DESIGN.md).
//
// Method. On the rehearsal portal's gallery, the admin clicks "+ Create your own application"; the
// pane with the name input opens after the portal's own latency (150-700 ms, random), and the guide
// should then point at that input. Both moments are taken in the page itself, on one clock
// (performance.now()), by two MutationObservers of the main world installed before the click: one
// notes when the name input is in the document, the other (on the guide's open shadow root) when
// the spotlight ring named appNameInput surrounds the input. The portal's latency is
// therefore not in the number; what is, is everything the extension needs in between: noticing
// the change, its throttle, the evaluation and the render.

import type { Page } from 'playwright-core';
import { onlyPage } from './browsers';
import { median, quantile } from './stats';
import type { Measurement } from './types';

const ROUNDS = Number(process.env.BENCH_POINTER_ROUNDS ?? 12);
const BUDGET_MS = 100;
// A query that changes every round makes each a fresh page load (the same address with a fragment
// would only scroll).
const gallery = (round: number) =>
  `https://portal.azure.com/?rehearsal-scenario=fresh&run=${round}#view/Microsoft_AAD_IAM/AppGalleryBladeV2`;
const GUIDE = '[data-sso-assistant="guide"]';
/** The name input of the "Create your own application" pane (reference/azure-portal.md §4.3). */
const NAME_INPUT = '.fxs-contextpane input[type="text"]';

export const targetToPointer: Measurement = {
  title: 'Pointer: a target appears -> the guide points at it',
  timeoutMs: 30_000 + ROUNDS * 10_000,
  async run({ browsers, log }) {
    const page = await onlyPage((await browsers()).withExtension);
    const delays: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      log(`  pointer round ${round + 1}/${ROUNDS}`);
      delays.push(await once(page, round));
    }
    const p90 = quantile(delays, 0.9);
    return [
      {
        name: 'Target appears -> spotlight on it (median)',
        value: round1(median(delays)),
        unit: 'ms',
        budget: BUDGET_MS,
        note: `${ROUNDS} rounds; 90th percentile ${round1(p90)} ms; the name input of "Create your own application"`,
        detail: { delaysMs: delays.map(round1) },
      },
      {
        name: 'Target appears -> spotlight on it (90th percentile)',
        value: round1(p90),
        unit: 'ms',
        budget: BUDGET_MS,
      },
    ];
  },
};

async function once(page: Page, round: number): Promise<number> {
  await page.goto(gallery(round));
  await page.evaluate('window.rehearsal.ready.then(() => window.rehearsal.reset())');
  await page.waitForSelector(GUIDE, { state: 'attached' });
  // The guide first points at "Create your own application": the step is current, its target seen.
  await page.waitForFunction(
    (guide) =>
      !!document
        .querySelector(guide)
        ?.shadowRoot?.querySelector('[data-sso-assistant-spotlight="createYourOwnApplication"]'),
    GUIDE,
  );
  await page.evaluate(
    ({ guide, input }) => {
      const marks: { target?: number; pointer?: number } = {};
      (window as unknown as { benchMarks: typeof marks }).benchMarks = marks;
      const shadow = document.querySelector(guide)?.shadowRoot;
      if (!shadow) throw new Error('the guide has no open shadow root');
      const targetSeen = new MutationObserver(() => {
        if (marks.target === undefined && document.querySelector(input)) {
          marks.target = performance.now();
          targetSeen.disconnect();
        }
      });
      targetSeen.observe(document.body, { childList: true, subtree: true });
      const pointerSeen = new MutationObserver(() => {
        const ring = shadow.querySelector<HTMLElement>(
          '[data-sso-assistant-spotlight="appNameInput"]',
        );
        const target = document.querySelector(input);
        if (marks.pointer !== undefined || !ring || !target) return;
        // In place when the ring's box surrounds the target's (it is drawn 4 px outside it). No
        // helper function here: the bench runs through tsx, whose named functions would need a
        // helper of its own inside the page.
        const r = ring.getBoundingClientRect();
        const t = target.getBoundingClientRect();
        if (
          t.width > 0 &&
          r.left <= t.left + 1 &&
          r.top <= t.top + 1 &&
          r.right >= t.right - 1 &&
          r.bottom >= t.bottom - 1 &&
          r.width - t.width < 20
        ) {
          marks.pointer = performance.now();
          pointerSeen.disconnect();
        }
      });
      pointerSeen.observe(shadow, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['style'],
      });
    },
    { guide: GUIDE, input: NAME_INPUT },
  );
  await page.getByRole('button', { name: 'Create your own application', exact: true }).click();
  const handle = await page.waitForFunction(
    () => {
      const marks = (window as unknown as { benchMarks: { target?: number; pointer?: number } })
        .benchMarks;
      return marks.target !== undefined && marks.pointer !== undefined ? marks : null;
    },
    undefined,
    { timeout: 10_000 },
  );
  const marks = (await handle.jsonValue()) as { target: number; pointer: number };
  return marks.pointer - marks.target;
}

const round1 = (value: number) => Math.round(value * 10) / 10;
