// The guide lives in the portal's page, in an open shadow root (a contract tests and support staff
// rely on; it holds nothing secret), so a page script can reach its buttons and call `click()`.
// Such a click is a synthetic event (`isTrusted` false): the guide's controls act only on the
// admin's own clicks and keys, so no script on the page can press "Fill in" or "Replace".

export const trusted =
  <E extends Event>(handler: (event: E) => void) =>
  (event: E): void => {
    if (event.isTrusted) handler(event);
  };
