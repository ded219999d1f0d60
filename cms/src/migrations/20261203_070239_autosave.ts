import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`_organizations_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_organizations_v_autosave_idx\` ON \`_organizations_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`_programs_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_programs_v_autosave_idx\` ON \`_programs_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`_partners_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_partners_v_autosave_idx\` ON \`_partners_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`_archive_items_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_archive_items_v_autosave_idx\` ON \`_archive_items_v\` (\`autosave\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_organizations_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_programs_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_programs_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_partners_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_partners_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_archive_items_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_archive_items_v\` DROP COLUMN \`autosave\`;`)
}
