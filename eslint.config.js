// One lint configuration for the whole tree: TypeScript everywhere, Astro components in site/.
// Formatting is Prettier's job (`npm run format`), so no stylistic rules here.
import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import astro from 'eslint-plugin-astro'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default defineConfig(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      '**/.astro/',
      '**/.next/',
      'cms/src/payload-types.ts',
      'cms/src/migrations/',
      'cms/src/app/(payload)/admin/importMap.js',
      'cms/media/',
      'bench/results/',
      'site/.cache/',
      'site/dist.next/',
      'site/dist.previous/',
      '.test-tmp/',
      'exports/',
      'backups/',
      '**/next-env.d.ts',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Control characters in this tree's patterns are deliberate (ANSI colour codes, NUL bytes) and written as escapes.
      'no-control-regex': 'off',
      // A leading underscore marks a name left unused on purpose (a destructured field kept out of a copy).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Scripts that run in the visitor's browser.
    files: ['site/src/scripts/**', 'site/src/**/*.astro', 'site/preview/public/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
)
