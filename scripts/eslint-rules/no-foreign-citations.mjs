// ESLint rule: no comment or string in src/ may cite a document that is not in this repository.
// The project once cited a design note and shared reference sheets ("DESIGN.md", "reference 4.6",
// "reference/azure-portal.md section 12") that a reader of this repository does not have. The
// facts now live in docs/portal-facts.md, docs/assetpanda-facts.md and docs/cognito-entra-facts.md;
// a comment states the fact or points at one of their headings.

/** Each pattern, with what it catches (for the message). */
const CITATIONS = [
  [/\bDESIGN\.md\b/, 'DESIGN.md'],
  [/\breference\s+(?:section\s+)?\d+(?:\.\d+)*/i, 'a "reference N.N" section'],
  [/\breference\s*\/|\bshared\/reference\b/i, 'the shared reference folder'],
  [
    /\b(?:azure-portal|assetpanda-cognito-entra|asset-panda-entra-procedure)\.md\b/,
    'a reference sheet',
  ],
];

function citationIn(text) {
  for (const [pattern, what] of CITATIONS) if (pattern.test(text)) return what;
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid citing documents that are not in this repository' },
    schema: [],
    messages: {
      foreign:
        'Cites {{what}}, which is not in this repository: state the fact, or point at a heading of ' +
        'docs/portal-facts.md, docs/assetpanda-facts.md or docs/cognito-entra-facts.md.',
    },
  },
  create(context) {
    const report = (node, text) => {
      const what = citationIn(text);
      if (what) context.report({ node, messageId: 'foreign', data: { what } });
    };
    const check = (loc, text) => {
      const what = citationIn(text);
      if (what) context.report({ loc, messageId: 'foreign', data: { what } });
    };
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments())
          check(comment.loc, comment.value);
      },
      Literal(node) {
        if (typeof node.value === 'string') report(node, node.value);
      },
      TemplateElement(node) {
        report(node, node.value.cooked ?? node.value.raw);
      },
      JSXText(node) {
        report(node, node.value);
      },
    };
  },
};

export default rule;
