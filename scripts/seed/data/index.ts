/** The seed content: everything the two source documents say, as structured records. */
export { organizations, UN_PROJECT_TITLE } from './organizations.ts'
export { municipalities } from './municipalities.ts'
export { subjects } from './subjects.ts'
export { programs } from './programs.ts'
export { partners } from './partners.ts'
export { files } from './files.ts'
export { archiveItems } from './archive-items.ts'
export type * from './types.ts'
