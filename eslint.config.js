import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The house rules that code review used to hold by hand (README, Architecture), enforced:
// features never import each other, SQL lives in repositories, resolvers call services,
// components/ui knows nothing of GraphQL, hooks follow React's rules, files stay small.

const CONTENT_ITEM_MUST_NOT_IMPORT = ['**/scheduling/**', '**/publishing/**'];
const ONE_WAY = 'Scheduling and publishing call content-item, never the reverse: add to the write through an ItemWriteGuard.';
const QUERY_BUILDER_CALLS = ['selectFrom', 'insertInto', 'updateTable', 'deleteFrom', 'replaceInto', 'mergeInto', 'selectNoFrom'];

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'web/src/gql/**', '**/*.generated.ts', '.data/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `any` is allowed in tests' GraphQL answers; elsewhere the types come from codegen.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Benchmarks are long scripts with their own report sections; tests list many cases.
    files: ['scripts/bench/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: { 'max-lines': ['error', { max: 1300, skipBlankLines: true, skipComments: true }] },
  },

  // ---- server ----
  {
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/**/*.repository.ts', 'server/src/db/**', 'server/src/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...QUERY_BUILDER_CALLS.map((name) => ({
          selector: `CallExpression[callee.property.name='${name}']`,
          message: `Queries live in a *.repository.ts: call ${name} there and export a function.`,
        })),
      ],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'kysely', message: 'Only repositories (and db/) build queries; import types only.', allowTypeImports: true }] },
      ],
    },
  },
  {
    files: ['server/src/graphql/resolvers/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'kysely', message: 'Resolvers call services, never queries.', allowTypeImports: true }],
          patterns: [{ group: ['**/*.repository.js'], message: 'Resolvers call services; a repository is a service’s detail.', allowTypeImports: true }],
        },
      ],
    },
  },
  {
    files: ['server/src/modules/content-item/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'kysely', message: 'Only repositories build queries; import types only.', allowTypeImports: true }],
          patterns: [{ group: CONTENT_ITEM_MUST_NOT_IMPORT, message: ONE_WAY }],
        },
      ],
    },
  },
  {
    files: ['server/src/modules/content-item/**/*.repository.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: CONTENT_ITEM_MUST_NOT_IMPORT, message: ONE_WAY }] }] },
  },

  // ---- web ----
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, boundaries },
    settings: {
      'import/resolver': { typescript: { project: 'web/tsconfig.json' } },
      'boundaries/include': ['web/src/**/*'],
      'boundaries/elements': [
        { type: 'feature', pattern: 'web/src/features/*', capture: ['featureName'] },
        { type: 'ui', pattern: 'web/src/components/ui' },
        { type: 'generated', pattern: 'web/src/gql' },
      ],
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@mantine/notifications', message: 'Use lib/notifications: it loads Mantine\'s package with the first message, not with every page.' }] },
      ],
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: [
            {
              from: { element: { type: 'feature' } },
              disallow: { to: { element: { type: 'feature', captured: { featureName: '!{{ from.element.captured.featureName }}' } } } },
              message: 'A feature never imports another feature: move what both need to a shared place.',
            },
            // Generated enum and scalar types are plain TypeScript; documents and hooks are not.
            {
              from: { element: { type: 'ui' } },
              disallow: { to: { element: { type: 'generated' } }, dependency: { kind: 'value' } },
              message: 'components/ui is presentational: no GraphQL documents.',
            },
            {
              from: { element: { type: 'ui' } },
              disallow: { to: { element: { type: 'feature' } } },
              message: 'components/ui is presentational: no features.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['web/src/lib/notifications.ts', 'web/src/app/NotificationsOnDemand.tsx'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['web/src/components/ui/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [{ name: '@apollo/client', message: 'components/ui is presentational: no GraphQL.' }], patterns: [{ group: ['@apollo/*'], message: 'components/ui is presentational: no GraphQL.' }] }],
    },
  },
  {
    files: ['web/public/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['web/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
