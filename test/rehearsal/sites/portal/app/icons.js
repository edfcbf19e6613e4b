// Inline SVG icons in the portal's style (monochrome 16px glyphs using currentColor, a few coloured
// ones). Static markup only.

const svg = (body, viewBox = '0 0 16 16') =>
  `<svg viewBox="${viewBox}" width="16" height="16" aria-hidden="true" focusable="false">${body}</svg>`;

export const ICONS = {
  plus: svg('<path d="M8 2v12M2 8h12" stroke="currentColor" stroke-width="1.3" fill="none"/>'),
  refresh: svg(
    '<path d="M13 8a5 5 0 1 1-1.6-3.7M13 2.5v3h-3" stroke="currentColor" stroke-width="1.2" fill="none"/>',
  ),
  save: svg(
    '<path d="M2.5 2.5h9l2 2v9h-11z M5 2.5v3.5h5V2.5 M4.5 13.5v-4h7v4" stroke="currentColor" stroke-width="1.1" fill="none"/>',
  ),
  close: svg('<path d="M3.5 3.5l9 9M12.5 3.5l-9 9" stroke="currentColor" stroke-width="1.3"/>'),
  pencil: svg(
    '<path d="M10.8 2.6l2.6 2.6-7.9 7.9-3.2.6.6-3.2z M9.6 3.8l2.6 2.6" stroke="currentColor" stroke-width="1.1" fill="none"/>',
  ),
  copy: svg(
    '<path d="M5.5 5.5h7v8h-7z M3.5 10.5v-8h6" stroke="currentColor" stroke-width="1.1" fill="none"/>',
  ),
  trash: svg(
    '<path d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.7 9h5.6l.7-9M7 7v4.5M9 7v4.5" stroke="currentColor" stroke-width="1.1" fill="none"/>',
  ),
  search: svg(
    '<circle cx="6.5" cy="6.5" r="4" stroke="currentColor" stroke-width="1.2" fill="none"/><path d="M9.5 9.5l4 4" stroke="currentColor" stroke-width="1.3"/>',
  ),
  info: svg(
    '<circle cx="8" cy="8" r="6.3" stroke="currentColor" stroke-width="1.1" fill="none"/><path d="M8 7v4.5" stroke="currentColor" stroke-width="1.3"/><circle cx="8" cy="5" r=".8" fill="currentColor"/>',
  ),
  error: svg(
    '<circle cx="8" cy="8" r="7" fill="#a4262c"/><path d="M8 4v5" stroke="#fff" stroke-width="1.6"/><circle cx="8" cy="11.5" r="1" fill="#fff"/>',
  ),
  success: svg(
    '<circle cx="8" cy="8" r="7" fill="#107c10"/><path d="M4.7 8.2l2.2 2.2 4.4-4.6" stroke="#fff" stroke-width="1.5" fill="none"/>',
  ),
  chevronDown: svg(
    '<path d="M3.5 6l4.5 4.5L12.5 6" stroke="currentColor" stroke-width="1.2" fill="none"/>',
  ),
  chevronRight: svg(
    '<path d="M6 3.5l4.5 4.5L6 12.5" stroke="currentColor" stroke-width="1.2" fill="none"/>',
  ),
  more: svg(
    '<circle cx="3.5" cy="8" r="1.1" fill="currentColor"/><circle cx="8" cy="8" r="1.1" fill="currentColor"/><circle cx="12.5" cy="8" r="1.1" fill="currentColor"/>',
  ),
  feedback: svg(
    '<circle cx="8" cy="8" r="6.3" stroke="currentColor" stroke-width="1.1" fill="none"/><circle cx="6" cy="6.6" r=".8" fill="currentColor"/><circle cx="10" cy="6.6" r=".8" fill="currentColor"/><path d="M5.3 9.6c1.4 1.6 4 1.6 5.4 0" stroke="currentColor" stroke-width="1.1" fill="none"/>',
  ),
  upload: svg(
    '<path d="M8 11V2.5M4.5 6L8 2.5 11.5 6M2.5 13.5h11" stroke="currentColor" stroke-width="1.2" fill="none"/>',
  ),
  download: svg(
    '<path d="M8 2.5V11M4.5 7.5L8 11l3.5-3.5M2.5 13.5h11" stroke="currentColor" stroke-width="1.2" fill="none"/>',
  ),
  columns: svg(
    '<path d="M2.5 3.5h11v9h-11zM6.2 3.5v9M9.8 3.5v9" stroke="currentColor" stroke-width="1.1" fill="none"/>',
  ),
  filter: svg(
    '<path d="M2 3h12L9.5 8.5V13l-3-1.5v-3z" stroke="currentColor" stroke-width="1.1" fill="none"/>',
  ),
  switch: svg(
    '<path d="M2.5 5.5h10l-2.5-2.5M13.5 10.5h-10l2.5 2.5" stroke="currentColor" stroke-width="1.2" fill="none"/>',
  ),
  test: svg(
    '<path d="M6 2.5h4M6.8 2.5v4L3 13.5h10L9.2 6.5v-4" stroke="currentColor" stroke-width="1.1" fill="none"/>',
  ),
  home: svg(
    '<path d="M2.5 8L8 3l5.5 5M4 7v6.5h3v-4h2v4h3V7" stroke="currentColor" stroke-width="1.1" fill="none"/>',
  ),
  menu: svg('<path d="M2 4h12M2 8h12M2 12h12" stroke="currentColor" stroke-width="1.2"/>'),
  bell: svg(
    '<path d="M4 11V7a4 4 0 0 1 8 0v4l1 1.5H3zM6.5 13.5a1.5 1.5 0 0 0 3 0" stroke="currentColor" stroke-width="1.1" fill="none"/>',
  ),
  gear: svg(
    '<circle cx="8" cy="8" r="2.2" stroke="currentColor" stroke-width="1.1" fill="none"/><path d="M8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4" stroke="currentColor" stroke-width="1.1"/>',
  ),
  help: svg(
    '<circle cx="8" cy="8" r="6.3" stroke="currentColor" stroke-width="1.1" fill="none"/><path d="M6.2 6.2a1.9 1.9 0 1 1 2.6 1.8c-.6.3-.8.7-.8 1.3v.4" stroke="currentColor" stroke-width="1.1" fill="none"/><circle cx="8" cy="11.6" r=".8" fill="currentColor"/>',
  ),
  shell: svg(
    '<path d="M2.5 3.5h11v9h-11zM4.5 6.5l2 1.5-2 1.5M7.5 10h3" stroke="currentColor" stroke-width="1.1" fill="none"/>',
  ),
  apps: svg(
    '<path d="M2.5 2.5h4v4h-4zM9.5 2.5h4v4h-4zM2.5 9.5h4v4h-4zM9.5 9.5h4v4h-4z" stroke="currentColor" stroke-width="1.1" fill="none"/>',
  ),
  users: svg(
    '<circle cx="6" cy="5.5" r="2.3" stroke="currentColor" stroke-width="1.1" fill="none"/><path d="M1.8 13.5c.4-2.4 2.1-3.7 4.2-3.7s3.8 1.3 4.2 3.7M10.5 3.4a2.2 2.2 0 1 1 0 4.3M11.6 9.9c1.5.4 2.4 1.6 2.6 3.6" stroke="currentColor" stroke-width="1.1" fill="none"/>',
  ),
  user: svg(
    '<circle cx="8" cy="5.5" r="2.6" stroke="currentColor" stroke-width="1.1" fill="none"/><path d="M3 14c.5-2.8 2.5-4.2 5-4.2s4.5 1.4 5 4.2" stroke="currentColor" stroke-width="1.1" fill="none"/>',
  ),
  key: svg(
    '<circle cx="5" cy="10.5" r="2.7" stroke="currentColor" stroke-width="1.1" fill="none"/><path d="M7 8.6l5.5-5.5M10.5 5l1.8 1.8M11.8 3.7l1.5 1.5" stroke="currentColor" stroke-width="1.1" fill="none"/>',
  ),
  shield: svg(
    '<path d="M8 1.8l5 1.8v4c0 3.2-2.1 5.6-5 6.6-2.9-1-5-3.4-5-6.6v-4z" stroke="currentColor" stroke-width="1.1" fill="none"/>',
  ),
  list: svg(
    '<path d="M5 4h9M5 8h9M5 12h9M2 4h1M2 8h1M2 12h1" stroke="currentColor" stroke-width="1.2"/>',
  ),
  chart: svg(
    '<path d="M2.5 13.5h11M4 11V8M7 11V4.5M10 11V6.5M13 11V3" stroke="currentColor" stroke-width="1.3"/>',
  ),
  entra: svg(
    '<path d="M8 1.5l6 6.5-6 6.5-6-6.5z" fill="#0078d4"/><path d="M8 4.5l3.2 3.5L8 11.5 4.8 8z" fill="#50e6ff"/>',
  ),
  azure: svg(
    '<path d="M6.2 1.8h3.6L5 14.2H1.4z" fill="#0078d4"/><path d="M10.2 5.2l4.4 9H7.2l4.4-1.4-3.1-3.6z" fill="#1490df"/>',
  ),
};

/** A span holding one icon, sized by CSS (`.fxs-icon`). */
export function icon(name, className = '') {
  const span = document.createElement('span');
  span.className = `fxs-icon fxs-icon-${name} ${className}`.trim();
  span.setAttribute('aria-hidden', 'true');
  span.innerHTML = ICONS[name];
  return span;
}

/** The coloured square with initials that the portal shows for an app without a logo. */
export function appTile(displayName, size = 'small') {
  const words = displayName.trim().split(/\s+/);
  const initials = (words[0][0] + (words[1] ? words[1][0] : words[0][1] || '')).toUpperCase();
  const palette = ['#0078d4', '#8764b8', '#038387', '#ca5010', '#4f6bed', '#986f0b', '#c239b3'];
  let hash = 0;
  for (const ch of displayName) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  const span = document.createElement('span');
  span.className = `ext-app-tile ext-app-tile-${size}`;
  span.setAttribute('aria-hidden', 'true');
  span.style.background = palette[hash % palette.length];
  span.textContent = initials;
  return span;
}
