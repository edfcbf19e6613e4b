// One shared, throttled observer of the page per frame: a target may appear late, so we wait for
// it, then degrade to plain instructions.
// Subscribers are told at most once per 50 ms (on an animation frame) that the document changed;
// the observer is disconnected from the first change until then, so a page making thousands of
// mutations pays next to nothing for them. Only structure, text and the attributes that hide or
// disable are watched.
// While the guide already points at its target and the admin is not doing anything, a page that
// keeps changing is looked at less often (`setSettled`).
// When nobody listens, nothing observes and no timer runs.

import { inOnePass } from './text';

type Listener = () => void;

const listeners = new Set<Listener>();
let observer: MutationObserver | null = null;
/** The pending flush: a timer, or the animation frame it hands over to. */
let timer: ReturnType<typeof setTimeout> | undefined;
let frame: number | undefined;
const scheduled = () => timer !== undefined || frame !== undefined;
/** When the last flush started and what it cost (performance.now() and ms). */
let lastStart = -Infinity;
let lastCost = 0;

/**
 * At most one evaluation per 50 ms while a page is busy: a blade rendering in many small tasks
 * costs a handful of evaluations, not one per frame, and a target still gets pointed at well
 * within the 100 ms budget.
 */
const MIN_INTERVAL_MS = 50;
/**
 * And never more than this share of the page's main thread: on a page so large that one
 * evaluation takes longer than 1 ms, the interval grows with it (5 ms → 250 ms), so the extension's
 * cost stays within the budget (a page making 20,000 mutations runs at most 3% slower) however
 * big the page.
 */
const MAX_SHARE = 0.02;
/**
 * Settled: the guide points at what the admin should do next, so a change elsewhere on the page
 * (a grid refreshing, a spinner) rarely matters; looking 4 times a second still follows the page.
 * The admin's own input, or the last one within ACTIVE_MS, brings back the quick pace: what they
 * do is what makes the next target appear.
 */
const SETTLED_INTERVAL_MS = 250;
const ACTIVE_MS = 3000;

let settled = false;
let lastInput = -Infinity;

const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['aria-disabled', 'disabled', 'hidden', 'aria-hidden'],
};

function observe(target: MutationObserver): void {
  target.observe(document.documentElement, OBSERVED);
}

/** The interval the pending or last flush waited out. */
let lastInterval = MIN_INTERVAL_MS;

/**
 * The share rule, except that the interval at most doubles from one flush to the next. One slow
 * look (the first, before the engine is warm; a garbage collection; a machine busy with something
 * else) says little about the page: taken alone it left the guide blind for seconds (100 ms → 5 s),
 * long enough for Fill in to miss the row it had just asked for. A page where every look is slow
 * still reaches its share within a few flushes.
 */
function interval(): number {
  const quiet = settled && performance.now() - lastInput > ACTIVE_MS;
  const byCost = Math.min(lastCost / MAX_SHARE, 2 * lastInterval);
  return Math.max(quiet ? SETTLED_INTERVAL_MS : MIN_INTERVAL_MS, byCost);
}

/**
 * The first change is all we need to know until the next flush, which looks at the whole page
 * anyway. So the observer is disconnected until then: a page making thousands of mutations in
 * between has the browser create no record of them for us, rather than thousands we would drop.
 */
function onMutation(): void {
  observer?.disconnect();
  schedule();
}

function flush(): void {
  timer = frame = undefined;
  lastStart = performance.now();
  // Watch again before the listeners run, so nothing that changes from here on is missed.
  if (observer) observe(observer);
  // One look at the page for all of them: the step engine and the metadata capture share one
  // walk of the page's text.
  inOnePass(() => {
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch (error) {
        console.error('[sso-assistant]', error);
      }
    }
  });
  lastCost = performance.now() - lastStart;
}

function schedule(): void {
  if (scheduled()) return;
  lastInterval = interval();
  const wait = lastStart + lastInterval - performance.now();
  // requestAnimationFrame does not run in hidden tabs; a timeout keeps a background tab's guide
  // in step for when it comes back. Either way this runs only after a change, never as polling.
  if (document.visibilityState !== 'visible') timer = setTimeout(flush, Math.max(wait, 100));
  else if (wait > 0)
    timer = setTimeout(() => {
      timer = undefined;
      frame = requestAnimationFrame(flush);
    }, wait);
  else frame = requestAnimationFrame(flush);
}

/** The admin acts: a flush waiting out the settled pace is brought forward to the quick one. */
function onInput(): void {
  lastInput = performance.now();
  if (timer === undefined || !settled) return;
  clearTimeout(timer);
  timer = undefined;
  schedule();
}

const INPUT_EVENTS = ['pointerdown', 'keydown', 'input'] as const;

/** Calls `listener` (throttled) whenever the document changes. Returns the unsubscribe. */
export function onPageChange(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(onMutation);
    observe(observer);
    for (const type of INPUT_EVENTS)
      window.addEventListener(type, onInput, { capture: true, passive: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && observer) {
      observer.disconnect();
      observer = null;
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
      clearTimeout(timer);
      if (frame !== undefined) cancelAnimationFrame(frame);
      timer = frame = undefined;
    }
  };
}

/**
 * Whether the guide is settled (it points at its target, or has nothing to point at): page
 * changes are then looked at every 250 ms instead of every 50 ms, until the admin acts.
 */
export function setSettled(value: boolean): void {
  settled = value;
}

/**
 * Resolves with what `find` returns once it is not null, or with null after `timeoutMs` or when
 * `signal` aborts. It checks on page changes only, never by polling.
 */
export function waitFor<T>(
  find: () => T | null,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<T | null> {
  return new Promise((resolve) => {
    const first = find();
    if (first !== null || signal?.aborted) return resolve(first);
    let done = false;
    const finish = (value: T | null) => {
      if (done) return;
      done = true;
      clearTimeout(waitTimer);
      unsubscribe();
      signal?.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = () => finish(null);
    const unsubscribe = onPageChange(() => {
      const found = find();
      if (found !== null) finish(found);
    });
    const waitTimer = setTimeout(() => finish(find()), timeoutMs);
    signal?.addEventListener('abort', onAbort);
  });
}
