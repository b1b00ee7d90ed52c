// Lint rules, chiefly the ones that keep the architecture's arrows pointing one way:
// renderer → (contract types) ← main/handlers → main/library → db.
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Listed one by one: a glob such as electron*.ts would also let electron-policy.ts, which must
// stay testable without Electron, import it.
const ELECTRON_FILES = ['main/hosts/electron.ts', 'main/hosts/electron-menu.ts', 'main/hosts/electron-host-handlers.ts', 'main/preload.ts'];
const electronOnly = { name: 'electron', message: `Only ${ELECTRON_FILES.join(', ')} may use Electron.` };

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'out-*/', 'release/', '.cache/', 'test-results/', 'playwright-report/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['main/**/*.ts', 'db/**/*.ts', 'tests/**/*.ts', 'build/**/*.ts', '*.ts', '*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Imported content is never rendered as HTML.' },
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Imported content is never rendered as HTML.' },
      ],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [electronOnly, { name: 'better-sqlite3', message: 'The renderer has no database; call the api.' }],
          patterns: [
            { group: ['**/main/contract'], allowTypeImports: true, message: 'The renderer may import only types from the contract.' },
            { group: ['**/main/*', '!**/main/contract', '**/main/*/**'], message: 'The renderer talks to main only through the api (window.commonplace).' },
            { group: ['**/db/**'], message: 'The renderer has no database; call the api.' },
            { group: ['node:*'], message: 'The renderer is a sandboxed web page: no Node.' },
          ],
        },
      ],
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [electronOnly], patterns: [{ group: ['**/main/**'], message: 'db/ imports nothing from main/.' }] },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ELECTRON_FILES,
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [electronOnly] }],
    },
  },
);
