import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository's folders, resolved once from this file's location. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const CMS_DIR = path.join(ROOT, 'cms')
export const SITE_DIR = path.join(ROOT, 'site')
export const CMS_DATA_DIR = path.join(CMS_DIR, '.data')
