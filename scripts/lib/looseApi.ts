// One loose Local API for the scripts and the CMS's admin import, which share the import code.
export { looseApi, type Doc, type Id } from '@arkivi/cms/import'
