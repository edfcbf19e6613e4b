// Walks the built extension's module graph: which files a content script loads at once (static
// imports, followed to the end) and which it only loads later through `import()`. Parsed with
// TypeScript's parser (already a dev dependency) rather than regular expressions, so strings and
// comments that merely look like imports are not mistaken for them.

import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import ts from 'typescript';

interface ModuleImports {
  /** Extension-relative paths loaded before the module runs. */
  eager: string[];
  /** Extension-relative paths loaded only when an `import()` in the module is reached. */
  lazy: string[];
}

/**
 * The imports of one built file, relative to the extension root. `classicLoader` marks crxjs's
 * content-script loader: a classic script whose only job is to `import(chrome.runtime.getURL(…))`
 * the entry chunk as soon as it is injected, so that dynamic import is eager, unlike an `import()`
 * inside an ES module chunk, which waits for the code around it (the guide's `import('./guide/mount')`).
 */
function importsOf(root: string, file: string, classicLoader: boolean): ModuleImports {
  const source = ts.createSourceFile(
    file,
    readFileSync(posix.join(root, file), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.JS,
  );
  const eager: string[] = [];
  const lazy: string[] = [];
  const resolve = (specifier: string) =>
    // A bare "assets/x.js" from chrome.runtime.getURL is relative to the root, "./x.js" to the file.
    specifier.startsWith('.')
      ? posix.normalize(posix.join(posix.dirname(file), specifier))
      : posix.normalize(specifier.replace(/^\//, ''));

  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      eager.push(resolve(node.moduleSpecifier.text));
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const specifier = literalSpecifier(node.arguments[0]);
      if (specifier === null)
        throw new Error(`${file}: import() of a computed address; cannot tell what it loads`);
      (classicLoader ? eager : lazy).push(resolve(specifier));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { eager: unique(eager), lazy: unique(lazy) };
}

/** `import('./x.js')`, `` import(`./x.js`) `` or the loader's `import(chrome.runtime.getURL('x.js'))`. */
function literalSpecifier(argument: ts.Expression | undefined): string | null {
  if (!argument) return null;
  if (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument))
    return argument.text;
  if (
    ts.isCallExpression(argument) &&
    argument.expression.getText().replace(/\s/g, '').endsWith('runtime.getURL')
  )
    return literalSpecifier(argument.arguments[0]);
  return null;
}

export interface ContentScriptGraph {
  /** Everything that runs in the frame before any `import()` is reached: loader(s) and closure. */
  initial: string[];
  /** What the `import()`s of the initial set add on top of it (the guide, for the portal script). */
  deferred: string[];
}

/** The initial and deferred files of a content script, from its manifest `js` entries (loaders). */
export function contentScriptGraph(root: string, loaders: string[]): ContentScriptGraph {
  const initial = new Walk(root);
  for (const loader of loaders) initial.add(loader, true);
  const deferred = new Walk(root, initial.files);
  for (const file of initial.lazy) deferred.add(file, false);
  return { initial: [...initial.files], deferred: [...deferred.files] };
}

/** Files reachable through eager imports, and the `import()` targets met on the way. */
class Walk {
  readonly files = new Set<string>();
  readonly lazy = new Set<string>();
  constructor(
    private readonly root: string,
    /** Files already loaded, so neither walked again nor counted twice. */
    private readonly loaded: ReadonlySet<string> = new Set(),
  ) {}

  add(file: string, isLoader: boolean): void {
    if (this.files.has(file) || this.loaded.has(file)) return;
    this.files.add(file);
    const imports = importsOf(this.root, file, isLoader);
    for (const next of imports.lazy) this.lazy.add(next);
    for (const next of imports.eager) this.add(next, false);
  }
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
