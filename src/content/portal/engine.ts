// Runs the steps against this frame's page and keeps the guide in step with it. Triggered only by
// page changes (one shared, throttled observer, which it tells when it is settled) and route
// changes; no timers run while nothing changes, except the one-shot wait for a missing target
// before the guide falls back to plain instructions.

import type { ProviderProfile } from '../../core/profile';
import type { PortalPlace } from '../../core/route';
import type { Progress } from '../../core/storage-schema';
import { PORTAL_GUIDE_STEPS, type PortalGuideStep } from '../../core/steps';
import { send } from '../../messaging/send';
import { inOnePass, locate } from '../dom/locate';
import { onPageChange, setSettled } from '../dom/watch';
import { onOverridesChange } from '../words';
import { placeHere } from './place';
import { portalTarget } from './site/locators';
import { STEP_MODULES } from './steps';
import { readSteps } from './steps/read';
import type { Guidance } from './steps/types';

/** How long a target may take to appear before the guide says it cannot find it. */
const TARGET_WAIT_MS = 8000;

export interface EngineView {
  progress: Progress;
  profile: ProviderProfile;
  place: PortalPlace;
  current: PortalGuideStep | null;
  guidance: Guidance | null;
  target: Element | null;
  /** The guidance names a target that did not appear within TARGET_WAIT_MS. */
  notFound: boolean;
}

export interface Engine {
  setProgress(progress: Progress): void;
  stop(): void;
}

export function startEngine(options: {
  top: boolean;
  progress: Progress;
  profile: ProviderProfile;
  render: (view: EngineView) => void;
}): Engine {
  let progress = options.progress;
  const { profile, top } = options;
  const pending = new Set<string>();
  // Inside a ReactView pane the address says nothing about the portal route.
  const elsewhere: PortalPlace = { kind: 'other' };
  let waitKey = '';
  let notFound = false;
  let waitTimer: ReturnType<typeof setTimeout> | undefined;

  const report = (step: PortalGuideStep, state: 'done' | 'todo') => {
    const key = `${step}:${state}`;
    if (pending.has(key)) return;
    pending.add(key);
    void send('step/observed', { step, state }).then((reply) => {
      pending.delete(key);
      if (reply.ok) setProgress(reply.progress);
    });
  };

  const evaluate = () => inOnePass(evaluateOnce);

  const evaluateOnce = () => {
    const place = top ? placeHere() : elsewhere;
    const ctx = { doc: document, place, profile };
    const { seen, current, guidance } = readSteps(PORTAL_GUIDE_STEPS, STEP_MODULES, progress, ctx);
    for (const { step, state } of seen) report(step, state);
    const target = guidance?.target ? locate(portalTarget(guidance.target), document) : null;

    const key = `${current}|${guidance?.target ?? ''}|${guidance?.hint ?? ''}`;
    if (key !== waitKey) {
      waitKey = key;
      notFound = false;
      clearTimeout(waitTimer);
      if (guidance?.target && !target)
        waitTimer = setTimeout(() => {
          notFound = true;
          evaluate();
        }, TARGET_WAIT_MS);
    }
    if (target) {
      clearTimeout(waitTimer);
      notFound = false;
    }
    // Waiting for a target to appear is when the page must be followed closely; once the guide
    // points at it (or has given up on it, or needs none) the page can be looked at less often.
    setSettled(!guidance?.target || target !== null || notFound);
    options.render({ progress, profile, place, current, guidance, target, notFound });
  };

  const setProgress = (next: Progress) => {
    progress = next;
    evaluate();
  };

  const unsubscribe = onPageChange(evaluate);
  // Words taught or set for the portal (word overrides) may find what was not found.
  const unwatchWords = onOverridesChange(evaluate);
  const onHash = () => evaluate();
  window.addEventListener('hashchange', onHash);
  evaluate();
  return {
    setProgress,
    stop() {
      setSettled(false);
      unsubscribe();
      unwatchWords();
      window.removeEventListener('hashchange', onHash);
      clearTimeout(waitTimer);
    },
  };
}
