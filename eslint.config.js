// Lint rules, chiefly the ones that keep the architecture's arrows pointing one way:
// renderer → main/contract ← main/handlers → main/library → db, and main/ never → renderer/.
import { builtinModules } from 'node:module';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Listed one by one: a glob such as electron*.ts would also let electron-policy.ts, which must
// stay testable without Electron, import it.
const ELECTRON_FILES = ['main/hosts/electron.ts', 'main/hosts/electron-menu.ts', 'main/hosts/electron-host-handlers.ts', 'main/preload.ts'];
const electronOnly = { name: 'electron', message: `Only ${ELECTRON_FILES.join(', ')} may use Electron.` };
const noRenderer = { group: ['**/renderer', '**/renderer/**'], message: 'main/ never imports renderer/: what both sides need lives in main/contract/.' };

// main/contract/ is loaded by the sandboxed page as well as by Node, so it may import only itself
// and pure packages (zod, TipTap). Specifiers are matched as written, not resolved, so "leaves the
// folder" is a number of '../' that depends on the file's depth: one block per depth.
const CONTRACT_DEPTHS = [1, 2, 3];
const contractShared = 'main/contract/ is shared with the sandboxed page: no Node, no database, no Electron, no React.';
const contractBlocks = CONTRACT_DEPTHS.map((depth) => ({
  files: [`main/contract/${'*/'.repeat(depth - 1)}*.ts`],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        paths: ['electron', 'better-sqlite3', 'react', 'react-dom', '@tiptap/react', ...builtinModules].map((name) => ({ name, message: contractShared })),
        patterns: [
          { regex: `^(\\.\\./){${depth}}`, message: 'main/contract/ imports nothing outside itself (no main/, db/ or renderer/): both sides stand on it.' },
          { group: ['node:*'], message: contractShared },
          { group: ['**/db', '**/db/**'], message: contractShared },
        ],
      },
    ],
  },
}));

// SQL lives in db/ (its repos, through db/sql.ts's statement cache): nothing in main/ prepares or
// runs a statement on a connection. Matched by syntax, not type: a receiver named like a database
// (`db`, `database`, `connection`, `…Db`, also as `this.db`), or SQL text written at the call
// (`x.exec('…')`, `x.prepare(`…`)`). A regex's `.exec(text)` and `command.prepare(argv)` pass.
const SQL_RECEIVER = '/^(db|database|conn|connection)$|Db$/';
const CALL = 'CallExpression[callee.type="MemberExpression"][callee.property.name=/^(prepare|exec)$/]';
const sqlOnlyInDb = 'SQL lives in db/: add or reuse a function in db/repos/ (statements through prepared() in db/sql.ts).';
const noSqlOutsideDb = [
  { selector: `${CALL}[callee.object.name=${SQL_RECEIVER}]`, message: sqlOnlyInDb },
  { selector: `${CALL}[callee.object.property.name=${SQL_RECEIVER}]`, message: sqlOnlyInDb },
  { selector: `${CALL}[arguments.0.type=/^(Literal|TemplateLiteral)$/]`, message: sqlOnlyInDb },
];

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
            {
              group: ['**/main/*', '!**/main/contract', '**/main/*/**', '!**/main/contract/**'],
              message: 'The renderer imports from main/ only its contract (main/contract/); it talks to main through the api (window.commonplace).',
            },
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
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [electronOnly], patterns: [noRenderer] }],
    },
  },
  {
    files: ELECTRON_FILES,
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [noRenderer] }],
    },
  },
  {
    files: ['main/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...noSqlOutsideDb] },
  },
  // Last, so that for main/contract/ these replace the main/ block's options.
  ...contractBlocks,
);
