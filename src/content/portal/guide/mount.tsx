// Mounts the guide in its own shadow root so the portal's styles and ours never mix, and starts
// the step engine for this frame. The host element is the contract tests and support staff rely
// on: data-sso-assistant="guide" in the top frame, "frame-guide" inside a ReactView iframe.

import { render } from 'preact';
import type { ProviderProfile } from '../../../core/profile';
import type { Progress } from '../../../core/storage-schema';
import type { WordOverrides } from '../../../core/word-overrides';
import { send } from '../../../messaging/send';
import { watchCertificateCard } from '../capture-card';
import { startEngine, type Engine, type EngineView } from '../engine';
import { FramePanel } from './FramePanel';
import { Guide } from './Guide';
import colours from '../../../ui/colours.css?inline';
import css from './guide.css?inline';
import { followPageTheme } from './theme';
import { useOverrides } from '../../words';

let host: HTMLElement | null = null;
let engine: Engine | null = null;
let last: EngineView | null = null;
let stopCapture: (() => void) | null = null; // the card watcher (the capture runs without the guide)
let stopTheme: (() => void) | null = null;

/** Re-render only when what the guide shows changed (the engine runs on every page change). */
function changed(a: EngineView | null, b: EngineView): boolean {
  return (
    !a ||
    a.progress !== b.progress ||
    a.current !== b.current ||
    a.target !== b.target ||
    a.notFound !== b.notFound ||
    a.guidance?.hint !== b.guidance?.hint ||
    a.guidance?.target !== b.guidance?.target ||
    a.guidance?.action !== b.guidance?.action
  );
}

export function mountGuide(
  top: boolean,
  progress: Progress,
  profile: ProviderProfile,
  words: WordOverrides,
): void {
  useOverrides(words); // the organization's words for the portal, before the engine looks
  if (engine) {
    engine.setProgress(progress);
    return;
  }
  host = document.createElement('div');
  host.setAttribute('data-sso-assistant', top ? 'guide' : 'frame-guide');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = colours + css;
  const root = document.createElement('div');
  shadow.append(style, root);
  document.documentElement.append(host);
  stopTheme = followPageTheme(host);

  const onDismiss = () => {
    void send('guide/set', { dismissed: true });
    unmountGuide();
  };
  if (top) stopCapture = watchCertificateCard();
  engine = startEngine({
    top,
    progress,
    profile,
    render: (view) => {
      if (!changed(last, view)) return;
      last = view;
      render(top ? <Guide view={view} onDismiss={onDismiss} /> : <FramePanel view={view} />, root);
    },
  });
}

export function unmountGuide(): void {
  engine?.stop();
  engine = null;
  stopCapture?.();
  stopCapture = null;
  stopTheme?.();
  stopTheme = null;
  last = null;
  if (host?.shadowRoot?.lastElementChild) render(null, host.shadowRoot.lastElementChild);
  host?.remove();
  host = null;
}
