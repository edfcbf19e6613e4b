// Points at the target: a ring around it and a short callout next to it, positioned with
// floating-ui and kept in place on scroll and resize (no polling). It never intercepts clicks.

import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { useEffect, useRef } from 'preact/hooks';

export function Spotlight({ target, name, text }: { target: Element; name: string; text: string }) {
  const ring = useRef<HTMLDivElement>(null);
  const callout = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const ringEl = ring.current;
    const calloutEl = callout.current;
    if (!ringEl || !calloutEl) return undefined;
    // Bring the target into view once, as a person would scroll to it.
    const rect = target.getBoundingClientRect();
    if (rect.bottom < 0 || rect.top > innerHeight) target.scrollIntoView({ block: 'center' });
    const update = () => {
      const r = target.getBoundingClientRect();
      Object.assign(ringEl.style, {
        left: `${r.left - 4}px`,
        top: `${r.top - 4}px`,
        width: `${r.width + 8}px`,
        height: `${r.height + 8}px`,
      });
      void computePosition(target, calloutEl, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [offset(10), flip(), shift({ padding: 8 })],
      }).then(({ x, y }) => Object.assign(calloutEl.style, { left: `${x}px`, top: `${y}px` }));
    };
    return autoUpdate(target, calloutEl, update);
  }, [target]);

  return (
    <>
      <div ref={ring} class="spotlight" data-sso-assistant-spotlight={name} aria-hidden="true" />
      <div ref={callout} class="callout" role="note">
        {text}
      </div>
    </>
  );
}
