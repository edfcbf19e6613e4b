// Chromium's own trace of a browser, for questions a page cannot answer about itself: which
// scripts ran on its main thread, when, and for how much CPU. Recorded over the browser-wide
// DevTools session, so a page that changes renderer process on navigation stays in view.

import type { BrowserContext } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  /** Microseconds on the machine's monotonic clock (the same clock as process.hrtime). */
  ts: number;
  dur?: number;
  /** Thread CPU time of a complete event, microseconds. */
  tdur?: number;
  args?: { data?: Record<string, unknown>; name?: string };
}

const CATEGORIES = [
  '__metadata',
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  // Stacks on TimerInstall / RequestAnimationFrame, so a timer can be traced to the script that set it.
  'disabled-by-default-devtools.timeline.stack',
];

export interface Recording {
  stop(): Promise<TraceEvent[]>;
}

export async function startTrace(context: BrowserContext): Promise<Recording> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser-wide DevTools session for this context');
  const session = await browser.newBrowserCDPSession();
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const clockBefore = monotonicMicros();
  await session.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES },
  });
  const clockAfter = monotonicMicros();
  return {
    async stop() {
      const complete = new Promise<void>((done) =>
        session.once('Tracing.tracingComplete', () => done()),
      );
      await session.send('Tracing.end');
      await complete;
      await session.detach();
      // The windows the bench cuts out of a trace are times taken here in Node: check that the
      // trace's clock is this one (CLOCK_MONOTONIC on Linux) before trusting them.
      const started = events.find((event) => event.name === 'TracingStartedInBrowser');
      if (!started || started.ts < clockBefore - 50_000 || started.ts > clockAfter + 50_000)
        throw new Error(
          "the trace's clock is not the bench's monotonic clock; cannot place a window in it",
        );
      return events;
    },
  };
}

export function monotonicMicros(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

/** The process and main thread of the renderer that committed a document at `url` (no fragment). */
export function rendererMainOf(events: TraceEvent[], url: string): { pid: number; tid: number } {
  const commit = events.find(
    (event) => event.name === 'CommitLoad' && event.args?.data?.url === url,
  );
  if (!commit) throw new Error(`the trace shows no document committed at ${url}`);
  return { pid: commit.pid, tid: commit.tid };
}
