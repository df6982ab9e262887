// ESLint: typescript-eslint (type-aware) for TypeScript, Lit and web-components rules for elements.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // types/ holds declaration files and JSX checks, type-checked by npm run typecheck.
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'bench/results/', 'coverage/', 'types/', 'examples/recipes/*/node_modules/', 'examples/recipes/*/_site/', 'examples/recipes/*/public/', 'examples/recipes/*/static/assets/', 'examples/recipes/*/timelines/', 'examples/recipes/*/dist/', 'examples/recipes/*/.astro/', 'examples/recipes/*/.vitepress/cache/', 'examples/recipes/*/.vitepress/dist/', 'examples/recipes/*/build/', 'examples/recipes/*/.docusaurus/', 'examples/recipes/*/site/'] },
  js.configs.recommended,
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.strictTypeChecked, ...tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Model code narrows unknown input step by step; these fire on deliberate checks.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended'], wc.configs['flat/best-practice']],
  },
  {
    // The model is pure: no DOM, no Lit, no clock (DESIGN.md).
    files: ['src/model/**/*.ts'],
    ignores: ['src/model/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['lit', 'lit/*', '@lit/*', '@lit-labs/*'] }],
      'no-restricted-globals': ['error', 'document', 'window', 'customElements', 'navigator', 'localStorage'],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Pass "now" in; the model reads no clock.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass "now" in; the model reads no clock.' },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'src/test-support/**/*.ts', 'test/browser/**/*.ts', 'test/robustness/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // @open-wc/testing makes chai assertions thenable (for the axe check), so every
      // expect() would count as a floating promise.
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },
  {
    files: ['test/node/**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/fixtures/**/*.js', 'examples/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The benchmark and the soak run in Node and pass functions to the page.
    files: ['bench/**/*.js', 'test/soak/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
