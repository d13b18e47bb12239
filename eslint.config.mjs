// ESLint flat config: typescript-eslint's type-checked recommended rules on the server code, and
// the module-boundary rule.
import tseslint from 'typescript-eslint';

/** From any depth inside a src/ module folder, another folder's entity or repository file. */
const foreign = (suffix) => ['../', '../../', '../../../'].map((up) => `${up}*/**/*${suffix}`);

export default tseslint.config(
  // The browser code (src/web/ui) has its own tsconfig and imports nothing from the server.
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'src/web/ui/**'] },
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ['src/**/*.ts'] })),
  {
    files: ['src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Views map entities with static `of()` passed straight to map(): statics never use `this`.
      '@typescript-eslint/unbound-method': ['error', { ignoreStatic: true }],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      // Each module owns its tables: entity classes and *.repository files stay inside it; other
      // modules go through the services it exports (e.g. TaskStore, OrgDirectory).
      // Type-only imports are allowed (a module's methods return its entities); values are not.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...foreign('.entity'), ...foreign('.repository')],
              allowTypeImports: true,
              message: "Another module's entity or repository: use a service that module exports.",
            },
          ],
        },
      ],
    },
  },
  {
    // The composition roots list every module's entities by design.
    files: ['src/database/entities.ts', 'src/database/data-source-options.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
);
