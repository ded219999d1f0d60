// @ts-check
/**
 * The site's own Astro config, unchanged but for Astro's cache folder, which the bench moves to
 * its run's temporary folder: each run then starts cold (images are optimized afresh, the
 * content store is rebuilt), and a 10,000-item content store never lands in, or races with, the
 * site's own node_modules/.astro used by developers' and tests' builds.
 */
import config from '../../site/astro.config.mjs'

if (!process.env.ARKIVI_BENCH_CACHE_DIR) throw new Error('ARKIVI_BENCH_CACHE_DIR is not set')

export default { ...config, cacheDir: process.env.ARKIVI_BENCH_CACHE_DIR }
