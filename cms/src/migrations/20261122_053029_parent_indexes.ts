import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`organizations_locales_parent_lookup_idx\` ON \`organizations_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_locales_parent_lookup_idx\` ON \`_organizations_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`programs_activities_locales_parent_lookup_idx\` ON \`programs_activities_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`programs_locales_parent_lookup_idx\` ON \`programs_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_activities_locales_parent_lookup_idx\` ON \`_programs_v_version_activities_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_locales_parent_lookup_idx\` ON \`_programs_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`partners_locales_parent_lookup_idx\` ON \`partners_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_locales_parent_lookup_idx\` ON \`_partners_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`archive_items_locales_parent_lookup_idx\` ON \`archive_items_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`archive_items_texts_parent_lookup_idx\` ON \`archive_items_texts\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE INDEX \`_archive_items_v_locales_parent_lookup_idx\` ON \`_archive_items_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_archive_items_v_texts_parent_lookup_idx\` ON \`_archive_items_v_texts\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE INDEX \`municipalities_locales_parent_lookup_idx\` ON \`municipalities_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`subjects_locales_parent_lookup_idx\` ON \`subjects_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_lookup_idx\` ON \`media_locales\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`organizations_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`_organizations_v_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`programs_activities_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`programs_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`_programs_v_version_activities_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`_programs_v_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`partners_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`_partners_v_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`archive_items_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`archive_items_texts_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`_archive_items_v_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`_archive_items_v_texts_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`municipalities_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`subjects_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`media_locales_parent_lookup_idx\`;`)
}
