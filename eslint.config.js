// Lint with zero warnings. The rule that matters most: src/core stays pure TypeScript,
// so the engine, search and data checks run the same in Node and in the browser.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'coverage', '.cache'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render text as HTML: data, links and plans are untrusted.',
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*', '@testing-library/*'], message: 'src/core must not import React.' },
            { group: ['i18next', 'react-i18next'], message: 'src/core returns message keys; the interface translates them.' },
            { group: ['**/app/**', '**/features/**', '**/ui/**', '**/i18n/**', '**/pwa/**'], message: 'src/core must not import the interface.' },
            { group: ['workbox-*', 'virtual:*'], message: 'src/core must not depend on the build or the browser.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location'],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/app/**'], message: 'Features must not import the app shell; imports flow ui -> features -> app.' },
            { regex: '^\\.\\./(?!\\.\\./)', message: 'A feature must not import another feature: move shared code to src/ui or src/core.' },
            { group: ['react-router'], message: 'Use src/ui/router: its links keep the page in its language.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    ignores: ['src/ui/router.tsx', 'src/ui/LanguagePicker.tsx'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'react-router', message: 'Use src/ui/router: its links keep the page in its language.' }] }],
    },
  },
);
