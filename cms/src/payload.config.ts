import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { DEFAULT_LOCALE, LOCALES, LOCALE_INFO } from '@arkivi/content-schemas'
import { en } from '@payloadcms/translations/languages/en'
import { rsLatin } from '@payloadcms/translations/languages/rsLatin'
import type { Language, SupportedLanguages } from '@payloadcms/translations'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { collections } from './collections/index.ts'
import { maxUploadBytes } from './collections/Media/limits.ts'
import { databaseAdapter } from './database.ts'
import { editor } from './fields/editor.ts'
import { healthEndpoint } from './endpoints/health.ts'
import { importEndpoint } from './exchange/endpoint.ts'
import { emailAdapter } from './email/adapter.ts'
import type { AdminLanguage } from './i18n/adminLanguages.ts'
import './i18n/clientSchemaMapPerRequest.ts'
import { sq } from './i18n/sq.ts'
import { lexicalTranslationsByLanguage } from './i18n/sqLexical.ts'
import { withTranslationStatusStrings } from './i18n/translationStatus.ts'
import { jobsAutoRun, payloadSecret, serverUrl } from './env.ts'
import { runMigrations } from './migrate.ts'
import { Contact } from './globals/Contact.ts'
import { SiteBuild } from './globals/SiteBuild.ts'
import { arkiviPlugin } from './plugins/arkivi/index.ts'
import { REBUILD_QUEUE } from './rebuild/config.ts'
import { rebuildSiteTask } from './rebuild/task.ts'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Typed through a variable: Payload's config type admits only its built-in language keys.
const supportedLanguages: SupportedLanguages & Record<AdminLanguage, Language> = { en, 'rs-latin': rsLatin, sq }

export default buildConfig({
  serverURL: serverUrl(),
  secret: payloadSecret(),
  admin: {
    user: 'users',
    meta: { titleSuffix: ' · Arkivi' },
    importMap: { baseDir: dirname },
    // Gravatar would send a hash of each editor's email to a third party on every admin page.
    avatar: 'default',
    // The admin's import of archive items (exchange/), beside `npm run import`.
    components: {
      views: { importArchiveItems: { Component: '/components/import/ImportView.tsx#ImportView', path: '/import' } },
      afterNavLinks: ['/components/import/ImportNavLink.tsx#ImportNavLink'],
      beforeDashboard: ['/components/translationStatus/TranslationStatusPanel.tsx#TranslationStatusPanel'],
      // Accessible names Payload writes only in English, in the admin language (i18n/accessibleNames).
      providers: ['/i18n/accessibleNames/provider.tsx#AccessibleNamesProvider'],
    },
  },
  collections: collections(),
  plugins: [arkiviPlugin],
  globals: [Contact, SiteBuild],
  endpoints: [healthEndpoint, importEndpoint],
  editor,
  db: databaseAdapter(),
  localization: {
    locales: LOCALES.map((code) => ({ code, label: LOCALE_INFO[code].label })),
    defaultLocale: DEFAULT_LOCALE,
    fallback: true,
  },
  i18n: {
    supportedLanguages,
    fallbackLanguage: 'en',
    // The rich-text editor's own strings in Albanian (Lexical ships none).
    translations: withTranslationStatusStrings(lexicalTranslationsByLanguage),
  },
  upload: { limits: { fileSize: maxUploadBytes() } },
  sharp,
  jobs: {
    // Scheduled publishing queues its jobs on `default`; this runner publishes them on time.
    autoRun: [
      { cron: '* * * * *', queue: 'default', limit: 50 },
      // Rebuilds are debounced by their own waitUntil; a short poll keeps publish-to-live fast.
      { cron: '*/5 * * * * *', queue: REBUILD_QUEUE, limit: 1 },
    ],
    tasks: [rebuildSiteTask],
    shouldAutoRun: () => jobsAutoRun(),
  },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  // Neither the site nor the admin uses GraphQL, and a nested GraphQL query is the cheapest way
  // to make the server resolve millions of relations; the REST API is bounded instead.
  graphQL: { disable: true },
  // No request, staff or public, populates relations deeper than this (the admin needs 1; the
  // public is held to PUBLIC_MAX_DEPTH by hooks/boundPublicReads.ts).
  maxDepth: 2,
  email: emailAdapter(),
  onInit: runMigrations,
})
