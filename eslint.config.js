import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      '.tsbuild/**',
      'node_modules/**',
      'bench-report/**',
      'tests/artifacts/**',
      '**/.scratch/**',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.name='eval']", message: 'No eval.' }],
    },
  },
  {
    // Type-aware rules: a promise nobody awaits or catches loses its error; a switch over a union must
    // say what happens for every member (adding a member then fails lint where it is unhandled).
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // A `default:` does not excuse a missing union member: new members must be handled on purpose.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: false }],
    },
  },
  {
    // `void promise` is not an excuse either: a failed save must reach the user. Await it, catch it, or say why
    // not on the line before:
    //   // eslint-disable-next-line @typescript-eslint/no-floating-promises -- <why not awaiting is right>
    // In renderer/ event handlers and effects (JSX has no room for that comment), start an action that shows its
    // own failure with `startAction(run())` (renderer/src/app/start-action.ts), or drop a failure on purpose with
    // `promise.catch(() => undefined)` and a comment saying why.
    files: ['main/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: { '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: false }] },
  },
  {
    // The analyzer runs per sentence on every keystroke: a named function declared inside another is a new
    // closure on each call (and, under tsx, a name-keeping helper call each time: ~7% of cold-story CPU in
    // one case, session 33). Hoist it to module level and pass what it needs.
    files: ['shared/analysis/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
        {
          selector: ':function FunctionDeclaration',
          message: 'No named function inside a function in the analyzer: hoist it to module level.',
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-properties': [
        'error',
        { object: 'document', property: 'write', message: 'Never write raw HTML.' },
      ],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
