// One shared, throttled observer of the page per frame (DESIGN.md: "Wait, then degrade").
// Subscribers are told at most once per 50 ms (on an animation frame) that the document changed;
// the observer is disconnected from the first change until then, so a page making thousands of
// mutations pays next to nothing for them. Only structure, text and the attributes that hide or
// disable are watched.
// When nobody listens, nothing observes and no timer runs.

type Listener = () => void;

const listeners = new Set<Listener>();
let observer: MutationObserver | null = null;
let scheduled = false;
/** The earliest time the next flush may run (performance.now()). */
let nextFlushAt = -Infinity;

/**
 * At most one evaluation per 50 ms while a page is busy: a blade rendering in many small tasks
 * costs a handful of evaluations, not one per frame, and a target still gets pointed at well
 * within the 100 ms budget.
 */
const MIN_INTERVAL_MS = 50;
/**
 * And never more than this share of the page's main thread: on a page so large that one
 * evaluation takes longer than 1 ms, the interval grows with it (5 ms → 250 ms), so the extension's
 * cost stays within the budget (DESIGN.md: 3%) however big the page.
 */
const MAX_SHARE = 0.02;

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
  scheduled = false;
  const started = performance.now();
  // Watch again before the listeners run, so nothing that changes from here on is missed.
  if (observer) observe(observer);
  for (const listener of [...listeners]) {
    try {
      listener();
    } catch (error) {
      console.error('[sso-assistant]', error);
    }
  }
  const cost = performance.now() - started;
  nextFlushAt = started + Math.max(MIN_INTERVAL_MS, cost / MAX_SHARE);
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  const wait = nextFlushAt - performance.now();
  // requestAnimationFrame does not run in hidden tabs; a timeout keeps a background tab's guide
  // in step for when it comes back. Either way this runs only after a change, never as polling.
  if (document.visibilityState !== 'visible') setTimeout(flush, Math.max(wait, 100));
  else if (wait > 0) setTimeout(() => requestAnimationFrame(flush), wait);
  else requestAnimationFrame(flush);
}

/** Calls `listener` (throttled) whenever the document changes. Returns the unsubscribe. */
export function onPageChange(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(onMutation);
    observe(observer);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && observer) {
      observer.disconnect();
      observer = null;
    }
  };
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
      clearTimeout(timer);
      unsubscribe();
      signal?.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = () => finish(null);
    const unsubscribe = onPageChange(() => {
      const found = find();
      if (found !== null) finish(found);
    });
    const timer = setTimeout(() => finish(find()), timeoutMs);
    signal?.addEventListener('abort', onAbort);
  });
}
