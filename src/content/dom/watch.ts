// One shared, throttled observer of the page per frame (DESIGN.md: "Wait, then degrade").
// Subscribers are told at most once per animation frame that the document changed; the
// MutationObserver callback itself only sets a flag, so a page making thousands of mutations pays
// next to nothing. When nobody listens, nothing observes and no timer runs.

type Listener = () => void;

const listeners = new Set<Listener>();
let observer: MutationObserver | null = null;
let scheduled = false;

function flush(): void {
  scheduled = false;
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
  // requestAnimationFrame does not run in hidden tabs; the timeout fallback keeps a background
  // tab's guide in step when it comes back, without polling.
  if (document.visibilityState === 'visible') requestAnimationFrame(flush);
  else setTimeout(flush, 100);
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
      attributeFilter: ['class', 'aria-hidden', 'aria-disabled', 'disabled', 'hidden', 'style'],
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
