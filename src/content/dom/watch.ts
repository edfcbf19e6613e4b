// One shared, throttled observer of the page per frame (DESIGN.md: "Wait, then degrade").
// Subscribers are told at most once per 50 ms (on an animation frame) that the document changed;
// the MutationObserver callback itself only sets a flag, so a page making thousands of mutations
// pays next to nothing. Only structure, text and the attributes that hide or disable are watched.
// When nobody listens, nothing observes and no timer runs.

type Listener = () => void;

const listeners = new Set<Listener>();
let observer: MutationObserver | null = null;
let scheduled = false;
let lastFlush = -Infinity;

/**
 * At most one evaluation per 50 ms while a page is busy: a blade rendering in many small tasks
 * costs a handful of evaluations, not one per frame, and a target still gets pointed at well
 * within the 100 ms budget.
 */
const MIN_INTERVAL_MS = 50;

function flush(): void {
  scheduled = false;
  lastFlush = performance.now();
  for (const listener of [...listeners]) {
    try {
      listener();
    } catch (error) {
      console.error('[sso-assistant]', error);
    }
  }
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  const wait = lastFlush + MIN_INTERVAL_MS - performance.now();
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
    observer = new MutationObserver(schedule);
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['aria-disabled', 'disabled', 'hidden', 'aria-hidden'],
    });
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
