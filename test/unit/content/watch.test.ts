// @vitest-environment jsdom
// The one shared page watcher (src/content/dom/watch.ts): a burst of mutations costs one
// notification, the next change after it is seen again, nothing runs while nothing changes, and
// no observer is left behind once nobody listens.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Each test gets the module afresh: its throttle state belongs to one page's clock, and each test's
// fake clock starts again from zero.
let onPageChange: typeof import('../../../src/content/dom/watch').onPageChange;
let waitFor: typeof import('../../../src/content/dom/watch').waitFor;
let setSettled: typeof import('../../../src/content/dom/watch').setSettled;

beforeEach(async () => {
  vi.resetModules();
  ({ onPageChange, waitFor, setSettled } = await import('../../../src/content/dom/watch'));
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'performance'],
  });
  Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
});

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

const burst = (count: number) => {
  for (let i = 0; i < count; i += 1) document.body.append(document.createElement('span'));
};

describe('onPageChange', () => {
  it('reports a burst of mutations once, then the next change again, no sooner than 50 ms later', async () => {
    const calls: number[] = [];
    const stop = onPageChange(() => calls.push(performance.now()));
    burst(1000);
    await vi.advanceTimersByTimeAsync(20);
    expect(calls).toHaveLength(1);

    burst(10);
    await vi.advanceTimersByTimeAsync(20);
    expect(calls).toHaveLength(1); // still inside the 50 ms after the first report
    await vi.advanceTimersByTimeAsync(60);
    expect(calls).toHaveLength(2);
    expect((calls[1] ?? 0) - (calls[0] ?? 0)).toBeGreaterThanOrEqual(50);

    // Nothing changes: nothing runs, however long.
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toHaveLength(2);
    stop();
  });

  it('stops observing once the last listener unsubscribes', async () => {
    const listener = vi.fn();
    const stop = onPageChange(listener);
    stop();
    burst(5);
    await vi.advanceTimersByTimeAsync(500);
    expect(listener).not.toHaveBeenCalled();
  });

  it('sees a change made by a listener itself (the observer is back before listeners run)', async () => {
    let runs = 0;
    const stop = onPageChange(() => {
      runs += 1;
      if (runs === 1) burst(1);
    });
    burst(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(runs).toBe(2);
    stop();
  });
});

describe('one look per change', () => {
  it("lets every listener of one change share one walk of the page's text", async () => {
    const { labelElements } = await import('../../../src/content/dom/locate');
    const walks = vi.spyOn(document, 'createTreeWalker');
    const found: number[] = [];
    const stops = [1, 2].map(() =>
      onPageChange(() => found.push(labelElements(document, ['Save']).length)),
    );
    const save = document.createElement('button');
    save.textContent = 'Save';
    document.body.append(save);
    await vi.advanceTimersByTimeAsync(20);
    expect(found).toEqual([1, 1]);
    expect(walks).toHaveBeenCalledTimes(1);
    // Outside a look, nothing is kept: a lookup walks the page afresh.
    expect(labelElements(document, ['Save'])).toHaveLength(1);
    expect(walks).toHaveBeenCalledTimes(2);
    for (const stop of stops) stop();
    walks.mockRestore();
  });
});

describe('the share of the main thread', () => {
  /** A listener that takes `cost()` ms of the (fake) clock each time it runs. */
  const costly = (calls: number[], cost: () => number) => () => {
    calls.push(performance.now());
    vi.advanceTimersByTime(cost());
  };

  it('one slow look does not leave the page unwatched for seconds: the interval at most doubles', async () => {
    const calls: number[] = [];
    let first = true;
    const stop = onPageChange(
      costly(calls, () => {
        const cost = first ? 100 : 0; // by the share alone, the next look would be 5 s later
        first = false;
        return cost;
      }),
    );
    burst(1);
    await vi.advanceTimersByTimeAsync(20);
    expect(calls).toHaveLength(1);
    burst(1);
    await vi.advanceTimersByTimeAsync(150);
    expect(calls).toHaveLength(2);
    expect((calls[1] ?? 0) - (calls[0] ?? 0)).toBeLessThanOrEqual(120);
    stop();
  });

  it('a page where every look is slow gets looked at less often, up to the 2% share', async () => {
    const calls: number[] = [];
    // 10 ms a look: at 2% of the main thread, one look per 500 ms. The listener itself changes
    // the page, so there is always a next change to look at.
    const look = costly(calls, () => 10);
    const stop = onPageChange(() => {
      look();
      burst(1);
    });
    burst(1);
    await vi.advanceTimersByTimeAsync(4000);
    const gaps = calls.slice(1).map((at, i) => at - (calls[i] ?? 0));
    expect(gaps[0]).toBeLessThan(150); // the pace grows step by step...
    expect(gaps.slice(-3).every((gap) => gap >= 500)).toBe(true); // ...to the share
    stop();
  });
});

describe('the settled pace', () => {
  it('looks every 250 ms while settled, and at the quick pace again once the admin acts', async () => {
    const calls: number[] = [];
    const stop = onPageChange(() => calls.push(performance.now()));
    setSettled(true);
    await vi.advanceTimersByTimeAsync(5000); // the admin's last input is long past
    burst(1);
    await vi.advanceTimersByTimeAsync(20);
    expect(calls).toHaveLength(1);
    burst(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toHaveLength(1); // a quick pace would have looked by now
    await vi.advanceTimersByTimeAsync(200);
    expect(calls).toHaveLength(2);
    expect((calls[1] ?? 0) - (calls[0] ?? 0)).toBeGreaterThanOrEqual(250);

    // A change is waiting out the settled pace when the admin presses a key: it is looked at on
    // the next frame, not when the 250 ms are up.
    burst(1);
    await vi.advanceTimersByTimeAsync(60);
    expect(calls).toHaveLength(2);
    const pressed = performance.now();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    await vi.advanceTimersByTimeAsync(20);
    expect(calls).toHaveLength(3);
    expect((calls[2] ?? 0) - pressed).toBeLessThanOrEqual(17);
    stop();
  });

  it('keeps the quick pace while not settled', async () => {
    const calls: number[] = [];
    const stop = onPageChange(() => calls.push(performance.now()));
    setSettled(false);
    await vi.advanceTimersByTimeAsync(5000);
    burst(1);
    await vi.advanceTimersByTimeAsync(20);
    burst(1);
    await vi.advanceTimersByTimeAsync(60);
    expect(calls).toHaveLength(2);
    stop();
  });
});

describe('waitFor', () => {
  it('resolves with the element once it appears, and with null after the timeout', async () => {
    const found = waitFor(() => document.querySelector('#late'), 1000);
    await vi.advanceTimersByTimeAsync(100);
    const late = document.createElement('p');
    late.id = 'late';
    document.body.append(late);
    await vi.advanceTimersByTimeAsync(100);
    await expect(found).resolves.toBe(late);

    const never = waitFor(() => document.querySelector('#never'), 1000);
    await vi.advanceTimersByTimeAsync(1000);
    await expect(never).resolves.toBeNull();
  });
});
