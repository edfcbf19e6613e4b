import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import noForeignCitations from './scripts/eslint-rules/no-foreign-citations.mjs';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'release/', 'bench-results/', '.tmp/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        requestAnimationFrame: 'readonly',
        localStorage: 'readonly',
        sessionStorage: 'readonly',
        location: 'readonly',
        URL: 'readonly',
        Blob: 'readonly',
        File: 'readonly',
        FileReader: 'readonly',
        DataTransfer: 'readonly',
        Event: 'readonly',
        CustomEvent: 'readonly',
        HTMLElement: 'readonly',
        HTMLInputElement: 'readonly',
        MutationObserver: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        fetch: 'readonly',
        process: 'readonly',
        navigator: 'readonly',
        history: 'readonly',
        atob: 'readonly',
        queueMicrotask: 'readonly',
        performance: 'readonly',
        crypto: 'readonly',
        btoa: 'readonly',
      },
    },
    rules: {
      // The build removes Preact's only innerHTML sink (scripts/preact-without-inner-html.ts), so
      // the prop that feeds it would throw at run time; catch it here first.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No HTML strings in the UI: the build removes the innerHTML sink of Preact.',
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Comments and strings in src/ cite only what is in this repository (docs/*-facts.md).
    files: ['src/**'],
    plugins: { local: { rules: { 'no-foreign-citations': noForeignCitations } } },
    rules: { 'local/no-foreign-citations': 'error' },
  },
);
