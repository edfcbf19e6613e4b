// The popup and options pages follow the system's light or dark preference (the guide follows the
// portal's own theme instead, guide/theme.ts). Both themes' colours are keyed on `data-theme`
// (colours.css), so one attribute on the root switches the page; it changes with the system's.

export function followSystemTheme(root: HTMLElement = document.documentElement): void {
  const media = matchMedia('(prefers-color-scheme: dark)');
  const apply = () => root.setAttribute('data-theme', media.matches ? 'dark' : 'light');
  apply();
  media.addEventListener('change', apply);
}
