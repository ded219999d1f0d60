// The CMS's admin import writes through the same transaction helper as the scripts.
export { withTransaction } from '@arkivi/cms/import'
