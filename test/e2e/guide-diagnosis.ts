// When a wait in a guide test times out, say why: what it waited for, and what the guide showed at
// that moment (its current step and hint, whether it found its target, its buttons) and which
// element sits where the test meant to click. A bare "Timed out after 30000ms" sent earlier
// sessions rerunning until green; this names the state that was not reached.
//
// Works with Playwright's Page and Frame (Chromium) and puppeteer's Page (Firefox): both have
// `evaluate(fn, arg)`, and the function below runs in the page, so it uses nothing from here.

/** How long a wait in a guide test may take before it fails with a diagnosis (well under the test's 60 s). */
export const GUIDE_WAIT_MS = 15_000;

export interface GuideScope {
  evaluate(fn: (click: ClickAt | null) => Seen, click: ClickAt | null): Promise<Seen>;
}

/**
 * Where the test meant to click: a CSS selector (`>>>` steps into an open shadow root, as
 * puppeteer's pierce combinator does), or the centre of an element Playwright found, in the
 * coordinates of its own document.
 */
export type ClickAt = { selector: string } | { x: number; y: number; label: string };

export interface Seen {
  guide: string;
  steps: string;
  current: string;
  hint: string;
  target: string;
  buttons: string;
  atClickPoint: string;
}

/** Runs in the page: it may use nothing from this module. */
function seenInPage(click: ClickAt | null): Seen {
  const describe = (el: Element | null): string => {
    if (!el) return 'nothing';
    const role = el.getAttribute('role');
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40);
    const classes = [...el.classList].slice(0, 3).join('.');
    return `<${el.tagName.toLowerCase()}${classes ? `.${classes}` : ''}${role ? ` role=${role}` : ''}>${name ? ` "${name}"` : ''}`;
  };
  const deepQuery = (selector: string): Element | null => {
    let scope: Document | ShadowRoot | null = document;
    let found: Element | null = null;
    for (const part of selector.split('>>>')) {
      found = scope?.querySelector(part.trim()) ?? null;
      scope = found?.shadowRoot ?? null;
    }
    return found;
  };
  // The topmost element at a point, through open shadow roots (elementFromPoint stops at a host).
  const deepAt = (x: number, y: number): Element | null => {
    let el = document.elementFromPoint(x, y);
    while (el?.shadowRoot) {
      const inner = el.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === el) break;
      el = inner;
    }
    return el;
  };

  let atClickPoint = 'no click was attempted';
  if (click && 'selector' in click) {
    const wanted = deepQuery(click.selector);
    if (!wanted) atClickPoint = `the element to click (${click.selector}) is not in the page`;
    else {
      const r = wanted.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const top = deepAt(x, y);
      atClickPoint =
        `${describe(top)} at (${Math.round(x)}, ${Math.round(y)})` +
        (top === wanted || (top && wanted.contains(top))
          ? ', the element itself'
          : `, covering ${describe(wanted)}`) +
        (r.width === 0 || r.height === 0 ? ' (it has no size)' : '');
    }
  } else if (click) {
    atClickPoint = `${describe(deepAt(click.x, click.y))} at (${Math.round(click.x)}, ${Math.round(click.y)}), where ${click.label} is`;
  }

  const host = document.querySelector(
    '[data-sso-assistant="guide"], [data-sso-assistant="frame-guide"]',
  );
  const root = host?.shadowRoot;
  if (!root) {
    return {
      guide: 'no guide in this document',
      steps: '',
      current: '',
      hint: '',
      target: '',
      buttons: '',
      atClickPoint,
    };
  }
  const text = (selector: string) => root.querySelector(selector)?.textContent?.trim() ?? '';
  const ring = root.querySelector('[data-sso-assistant-spotlight]');
  const collapsed = root.querySelector('[data-collapsed="true"]') !== null;
  return {
    guide: `${host.getAttribute('data-sso-assistant')}${collapsed ? ', collapsed' : ''}`,
    steps: [...root.querySelectorAll('li[data-step]')]
      .map((li) => `${li.getAttribute('data-step')}=${li.getAttribute('data-state')}`)
      .join(' '),
    current:
      root.querySelector('[data-current-step]')?.getAttribute('data-current-step') ??
      (root.querySelector('.all-done') ? 'all done' : 'none'),
    hint: text('.fallback') || text('.instruction') || '(none)',
    target: ring
      ? `found: the spotlight "${ring.getAttribute('data-sso-assistant-spotlight')}" is on it`
      : root.querySelector('.fallback')
        ? 'not found: the guide shows its plain instructions'
        : 'none pointed at',
    buttons:
      [...root.querySelectorAll('button')]
        .map(
          (b) =>
            `"${b.textContent?.trim() || b.getAttribute('aria-label')}"${b.disabled ? ' (disabled)' : ''}`,
        )
        .join(', ') || '(none)',
    atClickPoint,
  };
}

/** What the guide in `scope` shows now, as lines for a failure message. */
export async function guideSeen(scope: GuideScope, click: ClickAt | null = null): Promise<string> {
  const seen = await scope.evaluate(seenInPage, click).catch((error: unknown) => ({
    guide: `could not be read (${String(error).split('\n')[0]})`,
  }));
  return Object.entries(seen)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `  ${key}: ${value}`)
    .join('\n');
}

/**
 * Runs `wait`; if it throws (a timeout, a failed poll), throws instead an error that names what it
 * waited for and what the guide showed at that moment, with the original error as its cause.
 */
export async function waitInGuideFor<T>(
  scope: GuideScope,
  waitingFor: string,
  wait: () => Promise<T>,
  click: ClickAt | (() => Promise<ClickAt | null>) | null = null,
): Promise<T> {
  try {
    return await wait();
  } catch (error) {
    const at = typeof click === 'function' ? await click().catch(() => null) : click;
    const seen = await guideSeen(scope, at);
    const first = String(error instanceof Error ? error.message : error).split('\n')[0];
    throw new Error(`Waited for ${waitingFor}, in vain (${first}).\nThe guide showed:\n${seen}`, {
      cause: error,
    });
  }
}
