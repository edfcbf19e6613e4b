// A section of the popup that is not the admin's current task: its heading and a one-line note as
// a native disclosure (<details>/<summary>: keyboard and screen readers get it for free), the
// rest on request. `open` is where it starts; the admin's own toggle is kept across refreshes.

import type { ComponentChildren } from 'preact';

export function Fold({
  id,
  title,
  note,
  open = false,
  testId,
  children,
}: {
  /** The heading's id, for whatever refers to the section. */
  id: string;
  title: string;
  note?: ComponentChildren;
  open?: boolean;
  testId?: string;
  children: ComponentChildren;
}) {
  return (
    <details class="fold" open={open} data-testid={testId}>
      <summary>
        <h2 id={id}>{title}</h2>
        {note && <span class="fold-note">{note}</span>}
      </summary>
      <div class="fold-body">{children}</div>
    </details>
  );
}
