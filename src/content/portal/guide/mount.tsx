// Mounts the guide in its own shadow root so the portal's styles and ours never mix. The host
// element is the contract tests and support staff rely on: data-sso-assistant="guide".

import { render } from 'preact';
import type { Progress } from '../../../core/storage-schema';
import { Guide } from './Guide';
import css from './guide.css?inline';

let host: HTMLElement | null = null;

export function mountGuide(progress: Progress): void {
  if (!host || !host.isConnected) {
    host = document.createElement('div');
    host.setAttribute('data-sso-assistant', 'guide');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = css;
    shadow.append(style, document.createElement('div'));
    document.documentElement.append(host);
  }
  render(<Guide progress={progress} />, host.shadowRoot!.lastElementChild as HTMLElement);
}

export function unmountGuide(): void {
  if (!host) return;
  render(null, host.shadowRoot!.lastElementChild as HTMLElement);
  host.remove();
  host = null;
}
