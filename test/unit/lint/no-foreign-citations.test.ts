// The lint stage refuses a comment or string in src/ that cites a document not in this repository
// (scripts/eslint-rules/no-foreign-citations.mjs). Run through the project's own eslint.config.js,
// so the test also fails if the rule is unplugged from the config.

import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function citations(code: string, file = 'src/core/planted.ts'): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${file}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'local/no-foreign-citations').length;
}

describe('no-foreign-citations', () => {
  it.each([
    [
      'a line comment citing DESIGN.md',
      '// The setup flow (DESIGN.md, "The setup flow").\nexport {};',
    ],
    ['a "reference N.N" section', '/** Save after a delay (reference 4.6, 8). */\nexport {};'],
    [
      'a "reference section N"',
      '// how Cognito hands its errors on (reference section 8)\nexport {};',
    ],
    ['a shared reference sheet', '// see reference/azure-portal.md section 12\nexport {};'],
    ['a string', "export const note = 'the pane X (reference 4.6)';"],
    ['a template literal', 'export const note = `tile titles (Reference 4.4)`;'],
  ])('reports %s', async (_what, code) => {
    expect(await citations(code)).toBe(1);
  });

  it('reports JSX text in a component', async () => {
    const code = 'export const A = () => <p>See DESIGN.md</p>;';
    expect(await citations(code, 'src/popup/Planted.tsx')).toBe(1);
  });

  it.each([
    ['a pointer into the facts docs', '// (docs/portal-facts.md#basic-saml-pane)\nexport {};'],
    ['a triple-slash directive', '/// <reference types="vite/client" />\nexport {};'],
    ['a word that only contains "reference"', "export const k = 'preferences 2';"],
  ])('accepts %s', async (_what, code) => {
    expect(await citations(code)).toBe(0);
  });

  it('leaves files outside src/ alone', async () => {
    expect(await citations('// reference 4.6\nexport {};', 'test/unit/planted.test.ts')).toBe(0);
  });
});
