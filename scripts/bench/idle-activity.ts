// Budget: no timers or polling while nothing changes on the page (DESIGN.md).
//
// Method. A content script runs in an isolated world, so the page cannot see its timers, and
// wrapping setTimeout & co. from the page would wrap the page's, not the extension's. Chromium's
// trace sees both worlds: every callback that enters JavaScript on the page's main thread is a
// trace event (FunctionCall, TimerFire, FireAnimationFrame, FireIdleCallback, EvaluateScript, ...),
// most carry the URL of the script they run, and timer and frame requests carry the stack that
// made them. So: trace the browser from before the page loads, open the guide on a static page
// with no script of its own (bench/idle.html), let it settle, then count the JavaScript entries on
// that page's main thread over 3 s in which nothing changes, and do the same in the browser
// without the extension. Any entry in that window that is not the page's is activity while idle.
//
// A quiet window proves nothing if the trace cannot see the content script at all, so after the
// window the bench changes the route (a hash change the content script listens to) and requires
// the trace to show the extension's code answering it.

import { onlyPage } from './browsers';
import { monotonicMicros, rendererMainOf, startTrace, type TraceEvent } from './trace';
import type { BenchBrowser, Measurement, Reading } from './types';

const PAGE = 'https://portal.azure.com/bench/idle.html';
const ROUTE = '#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview';
const OTHER_ROUTE = '#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AllApps';
const GUIDE = '[data-sso-assistant="guide"]';
const SETTLE_MS = 1_000;
const WINDOW_MS = 3_000;
/** After the route change, time for the content script to answer before the trace stops. */
const CONTROL_MS = 1_000;

/** Events that mark JavaScript being entered on a thread (one per callback, timer, frame, script). */
const SCRIPT_ENTRIES = new Set([
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'EvaluateScript',
  'v8.evaluateModule',
]);

type Owner = 'extension' | 'page' | 'unknown';

interface Activity {
  /** JavaScript entries not nested in another, by owner. */
  entries: Record<Owner, number>;
  /** setTimeout/setInterval and requestAnimationFrame calls made in the window. */
  timersSet: number;
  framesRequested: number;
  /** Main-thread CPU spent in tasks of any kind (script, style, layout, paint), ms. */
  mainThreadCpuMs: number;
  /** Samples for the JSON: what ran, by whom. */
  examples: string[];
}

export const idleActivity: Measurement = {
  title: 'Idle: activity on a static page with the guide open',
  timeoutMs: 90_000,
  async run({ browsers, log }) {
    const pair = await browsers();
    log('  idle: with the extension');
    const withExtension = await watchIdle(pair.withExtension, true);
    log('  idle: without the extension');
    const withoutExtension = await watchIdle(pair.withoutExtension, false);

    const notPage = (a: Activity) => a.entries.extension + a.entries.unknown;
    const rows: Reading[] = [
      {
        name: `Idle: script runs on the page in ${WINDOW_MS / 1000} s, with extension`,
        value: notPage(withExtension),
        unit: 'runs',
        budget: 0,
        note:
          `extension ${withExtension.entries.extension}, unknown ${withExtension.entries.unknown}; ` +
          `timers set ${withExtension.timersSet}, frames requested ${withExtension.framesRequested}; ` +
          `without extension ${notPage(withoutExtension)}`,
        detail: { withExtension, withoutExtension },
      },
      {
        name: `Idle: page main-thread CPU in ${WINDOW_MS / 1000} s, with extension`,
        value: round1(withExtension.mainThreadCpuMs),
        unit: 'ms',
        note: `without extension ${round1(withoutExtension.mainThreadCpuMs)} ms`,
      },
    ];
    return rows;
  },
};

async function watchIdle(browser: BenchBrowser, expectGuide: boolean): Promise<Activity> {
  const page = await onlyPage(browser);
  const recording = await startTrace(browser.context);
  let quiet: [number, number];
  try {
    await page.goto(PAGE + ROUTE);
    if (expectGuide) await page.waitForSelector(GUIDE, { state: 'attached', timeout: 15_000 });
    // Leftovers of earlier pages (a collection of their heap) would otherwise land in one side's
    // window by chance.
    const session = await page.context().newCDPSession(page);
    await session.send('HeapProfiler.collectGarbage');
    await session.detach();
    await page.waitForTimeout(SETTLE_MS);
    // Nothing touches the page in the window: no Playwright call, so no script of ours runs there.
    const start = monotonicMicros();
    await new Promise((done) => setTimeout(done, WINDOW_MS));
    quiet = [start, monotonicMicros()];
    if (expectGuide) {
      await page.evaluate((route) => (location.hash = route), OTHER_ROUTE);
      await page.waitForTimeout(CONTROL_MS);
    }
  } catch (error) {
    await recording.stop().catch(() => undefined);
    throw error;
  }
  const events = await recording.stop();
  const main = rendererMainOf(events, PAGE);
  const onMain = events.filter((event) => event.pid === main.pid && event.tid === main.tid);
  if (expectGuide) {
    const control = activityIn(onMain, [quiet[1], Number.POSITIVE_INFINITY]);
    if (control.entries.extension === 0)
      throw new Error(
        'the trace did not show the content script answering a route change, so it cannot tell whether the extension is quiet',
      );
  }
  return activityIn(onMain, quiet);
}

function activityIn(events: TraceEvent[], [from, to]: [number, number]): Activity {
  const inWindow = events.filter((event) => event.ts >= from && event.ts < to);
  const installers = stacksOfRequests(events);
  const scripts = inWindow
    .filter((event) => SCRIPT_ENTRIES.has(event.name) && event.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  const entries: Record<Owner, number> = { extension: 0, page: 0, unknown: 0 };
  const examples: string[] = [];
  let openUntil = -1;
  let current: { event: TraceEvent; owner: Owner } | null = null;
  for (const event of scripts) {
    const url = urlOf(event, installers);
    if (event.ts < openUntil && current) {
      // Nested in the entry being counted: it may say whose that entry was (a timer's callback).
      if (current.owner === 'unknown' && url) current.owner = ownerOf(url);
      continue;
    }
    if (current) entries[current.owner] += 1;
    current = { event, owner: ownerOf(url) };
    openUntil = event.ts + (event.dur ?? 0);
    if (examples.length < 20) examples.push(`${event.name} ${url ?? '(no url)'}`);
  }
  if (current) entries[current.owner] += 1;

  const tasks = inWindow.filter((event) => event.name === 'ThreadControllerImpl::RunTask');
  return {
    entries,
    timersSet: inWindow.filter((event) => event.name === 'TimerInstall').length,
    framesRequested: inWindow.filter((event) => event.name === 'RequestAnimationFrame').length,
    mainThreadCpuMs: tasks.reduce((sum, task) => sum + (task.tdur ?? task.dur ?? 0), 0) / 1000,
    examples,
  };
}

/** Timer and animation-frame ids mapped to the URL of the script that requested them. */
function stacksOfRequests(events: TraceEvent[]): Map<string, string> {
  const byId = new Map<string, string>();
  for (const event of events) {
    const data = event.args?.data;
    const stack = data?.stackTrace as { url?: string }[] | undefined;
    const url = stack?.find((frame) => frame.url)?.url;
    if (!url) continue;
    if (event.name === 'TimerInstall') byId.set(`timer:${String(data?.timerId)}`, url);
    if (event.name === 'RequestAnimationFrame') byId.set(`frame:${String(data?.id)}`, url);
  }
  return byId;
}

function urlOf(event: TraceEvent, installers: Map<string, string>): string | undefined {
  const data = event.args?.data;
  if (typeof data?.url === 'string' && data.url) return data.url;
  if (event.name === 'TimerFire') return installers.get(`timer:${String(data?.timerId)}`);
  if (event.name === 'FireAnimationFrame') return installers.get(`frame:${String(data?.id)}`);
  return undefined;
}

function ownerOf(url: string | undefined): Owner {
  if (!url) return 'unknown';
  if (url.startsWith('chrome-extension://')) return 'extension';
  if (/^https?:\/\//.test(url)) return 'page';
  return 'unknown';
}

const round1 = (value: number) => Math.round(value * 10) / 10;
