import { defineConfig } from 'vitest/config'

/**
 * Every test layer in one run (see design.md, "Tests, in layers"). Layers that start servers or
 * build the site have their own global set-up and run their files one at a time.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'content-schemas',
          include: ['content-schemas/src/**/__tests__/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'cms-int',
          include: ['cms/test/int/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          env: { PAYLOAD_JOBS_AUTORUN: 'false', NEXT_TELEMETRY_DISABLED: '1' },
        },
      },
      {
        test: {
          name: 'scripts',
          include: ['scripts/test/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['scripts/test/globalSetup.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          env: { PAYLOAD_JOBS_AUTORUN: 'false', NEXT_TELEMETRY_DISABLED: '1' },
        },
      },
      {
        test: {
          name: 'cms-http',
          include: ['cms/test/http/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['cms/test/http/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
          env: { PAYLOAD_JOBS_AUTORUN: 'false', NEXT_TELEMETRY_DISABLED: '1' },
        },
      },
      {
        // Pure functions on plain fixtures: no CMS, no build, seconds.
        test: {
          name: 'site-units',
          include: ['site/test/units/**/*.test.ts'],
          environment: 'node',
          // The CSL processor compiles a style and a locale on first use: seconds on a busy machine.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['site/test/**/*.test.ts'],
          exclude: ['site/test/units/**'],
          environment: 'node',
          globalSetup: ['site/test/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
          env: { PAYLOAD_JOBS_AUTORUN: 'false', NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['e2e/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 900_000,
          env: { NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' },
        },
      },
    ],
  },
})
