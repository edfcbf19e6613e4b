// The Firefox build passes addons-linter (through web-ext, as AMO runs it on upload) with nothing
// to report, so the store zip made from the same folder goes to review without a single warning.
// Called through web-ext's API rather than its CLI, which would check the registry for a newer
// web-ext.

import webExt from 'web-ext';
import { describe, expect, it } from 'vitest';
import { distFolder, requireBuiltExtension } from '../rehearsal/browser-setup';

describe('Firefox build', () => {
  it('passes web-ext lint: no errors, no warnings, no notices', async () => {
    const result = await webExt.cmd.lint(
      { sourceDir: requireBuiltExtension(distFolder('firefox')), output: 'none' },
      { shouldExitProgram: false },
    );
    const show = (m: { code: string; file?: string; message: string }) =>
      `${m.code} ${m.file ?? ''}: ${m.message}`;
    expect({
      errors: result.errors.map(show),
      warnings: result.warnings.map(show),
      notices: result.notices.map(show),
    }).toEqual({ errors: [], warnings: [], notices: [] });
  });
});
