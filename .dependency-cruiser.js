// The import-cycle check of `npm run lint` (issue 16): no module may reach itself through its
// imports, type-only imports included (`tsPreCompilationDeps`), because a cycle of types is still
// two modules that cannot be understood, or moved, one without the other. The shared type goes
// down into a small module of its own instead.
//
// The rehearsal sites (test/rehearsal/sites/) are left out: they stand in for Microsoft's and
// Asset Panda's single-page apps, whose router imports its pages and whose pages navigate through
// the router, as the real ones do. They are not part of the extension.

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'Move the type both modules need into a module of its own that neither imports.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^test/rehearsal/sites/' },
  },
};
