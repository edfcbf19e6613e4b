// The ReactView's strings come from the shell's one label table (sent with the `load` message).

export function translator(labels) {
  return (key, ...args) =>
    (labels[key] ?? key).replace(/\{(\d)\}/g, (_m, i) => String(args[Number(i)] ?? ''));
}

/** Save becomes clickable only after a delay (reference §4.6/§8), as in the Knockout panes. */
export const SAVE_ENABLE_DELAY_MS = 450;
export const VALIDATE_DEBOUNCE_MS = 250;
