// Preact's DOM diff assigns `innerHTML` in exactly one place: the `dangerouslySetInnerHTML` prop.
// No component of ours passes that prop (eslint forbids it), yet the assignment ships in the bundle
// and addons-linter rightly flags every `innerHTML =` it finds (UNSAFE_VAR_ASSIGNMENT). Rather than
// accept the warning, the build replaces that one assignment with an error, so the store package
// holds no innerHTML sink at all and a future use of the prop fails loudly instead of parsing HTML.

import type { Plugin } from 'vite';

/** `<dom>.innerHTML=<vnodeProp>.__html`, as Preact's minified dist writes it. */
const INNER_HTML_ASSIGNMENT = /\b([A-Za-z_$][\w$]*)\.innerHTML=([A-Za-z_$][\w$]*)\.__html\b/g;

const REFUSAL =
  '(()=>{throw new Error("dangerouslySetInnerHTML is not supported in this extension")})()';

export function preactWithoutInnerHtml(): Plugin {
  return {
    name: 'preact-without-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return null;
      const matches = code.match(INNER_HTML_ASSIGNMENT) ?? [];
      // Exactly one: a Preact upgrade that moves or duplicates the sink must be looked at, not
      // half-patched.
      if (matches.length !== 1) {
        throw new Error(
          `preact-without-inner-html: expected one innerHTML assignment in ${id}, found ${matches.length}`,
        );
      }
      return { code: code.replace(INNER_HTML_ASSIGNMENT, REFUSAL), map: null };
    },
  };
}
