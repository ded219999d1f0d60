import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`translation_status_sr_state\` text;`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`translation_status_en_state\` text;`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`translation_status_hashes\` text;`)
  await db.run(sql`CREATE INDEX \`organizations_translation_status_translation_status_sr_s_idx\` ON \`organizations\` (\`translation_status_sr_state\`);`)
  await db.run(sql`CREATE INDEX \`organizations_translation_status_translation_status_en_s_idx\` ON \`organizations\` (\`translation_status_en_state\`);`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` ADD \`version_translation_status_sr_state\` text;`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` ADD \`version_translation_status_en_state\` text;`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` ADD \`version_translation_status_hashes\` text;`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_translation_status_version_tran_idx\` ON \`_organizations_v\` (\`version_translation_status_sr_state\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_translation_status_version_tr_1_idx\` ON \`_organizations_v\` (\`version_translation_status_en_state\`);`)
  await db.run(sql`ALTER TABLE \`programs\` ADD \`translation_status_sr_state\` text;`)
  await db.run(sql`ALTER TABLE \`programs\` ADD \`translation_status_en_state\` text;`)
  await db.run(sql`ALTER TABLE \`programs\` ADD \`translation_status_hashes\` text;`)
  await db.run(sql`CREATE INDEX \`programs_translation_status_translation_status_sr_state_idx\` ON \`programs\` (\`translation_status_sr_state\`);`)
  await db.run(sql`CREATE INDEX \`programs_translation_status_translation_status_en_state_idx\` ON \`programs\` (\`translation_status_en_state\`);`)
  await db.run(sql`ALTER TABLE \`_programs_v\` ADD \`version_translation_status_sr_state\` text;`)
  await db.run(sql`ALTER TABLE \`_programs_v\` ADD \`version_translation_status_en_state\` text;`)
  await db.run(sql`ALTER TABLE \`_programs_v\` ADD \`version_translation_status_hashes\` text;`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_translation_status_version_translati_idx\` ON \`_programs_v\` (\`version_translation_status_sr_state\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_translation_status_version_transla_1_idx\` ON \`_programs_v\` (\`version_translation_status_en_state\`);`)
  await db.run(sql`ALTER TABLE \`partners\` ADD \`supported_organization_id\` integer REFERENCES organizations(id);`)
  await db.run(sql`ALTER TABLE \`partners\` ADD \`translation_status_sr_state\` text;`)
  await db.run(sql`ALTER TABLE \`partners\` ADD \`translation_status_en_state\` text;`)
  await db.run(sql`ALTER TABLE \`partners\` ADD \`translation_status_hashes\` text;`)
  await db.run(sql`CREATE INDEX \`partners_supported_organization_idx\` ON \`partners\` (\`supported_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`partners_translation_status_translation_status_sr_state_idx\` ON \`partners\` (\`translation_status_sr_state\`);`)
  await db.run(sql`CREATE INDEX \`partners_translation_status_translation_status_en_state_idx\` ON \`partners\` (\`translation_status_en_state\`);`)
  await db.run(sql`ALTER TABLE \`_partners_v\` ADD \`version_supported_organization_id\` integer REFERENCES organizations(id);`)
  await db.run(sql`ALTER TABLE \`_partners_v\` ADD \`version_translation_status_sr_state\` text;`)
  await db.run(sql`ALTER TABLE \`_partners_v\` ADD \`version_translation_status_en_state\` text;`)
  await db.run(sql`ALTER TABLE \`_partners_v\` ADD \`version_translation_status_hashes\` text;`)
  await db.run(sql`CREATE INDEX \`_partners_v_version_version_supported_organization_idx\` ON \`_partners_v\` (\`version_supported_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_version_translation_status_version_translati_idx\` ON \`_partners_v\` (\`version_translation_status_sr_state\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_version_translation_status_version_transla_1_idx\` ON \`_partners_v\` (\`version_translation_status_en_state\`);`)
  await db.run(sql`ALTER TABLE \`archive_items\` ADD \`translation_status_sr_state\` text;`)
  await db.run(sql`ALTER TABLE \`archive_items\` ADD \`translation_status_en_state\` text;`)
  await db.run(sql`ALTER TABLE \`archive_items\` ADD \`translation_status_hashes\` text;`)
  await db.run(sql`CREATE INDEX \`archive_items_translation_status_translation_status_sr_s_idx\` ON \`archive_items\` (\`translation_status_sr_state\`);`)
  await db.run(sql`CREATE INDEX \`archive_items_translation_status_translation_status_en_s_idx\` ON \`archive_items\` (\`translation_status_en_state\`);`)
  await db.run(sql`ALTER TABLE \`_archive_items_v\` ADD \`version_translation_status_sr_state\` text;`)
  await db.run(sql`ALTER TABLE \`_archive_items_v\` ADD \`version_translation_status_en_state\` text;`)
  await db.run(sql`ALTER TABLE \`_archive_items_v\` ADD \`version_translation_status_hashes\` text;`)
  await db.run(sql`CREATE INDEX \`_archive_items_v_version_translation_status_version_tran_idx\` ON \`_archive_items_v\` (\`version_translation_status_sr_state\`);`)
  await db.run(sql`CREATE INDEX \`_archive_items_v_version_translation_status_version_tr_1_idx\` ON \`_archive_items_v\` (\`version_translation_status_en_state\`);`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`translation_status_sr_state\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`translation_status_en_state\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`translation_status_hashes\` text;`)
  await db.run(sql`CREATE INDEX \`municipalities_translation_status_translation_status_sr__idx\` ON \`municipalities\` (\`translation_status_sr_state\`);`)
  await db.run(sql`CREATE INDEX \`municipalities_translation_status_translation_status_en__idx\` ON \`municipalities\` (\`translation_status_en_state\`);`)
  await db.run(sql`ALTER TABLE \`subjects\` ADD \`translation_status_sr_state\` text;`)
  await db.run(sql`ALTER TABLE \`subjects\` ADD \`translation_status_en_state\` text;`)
  await db.run(sql`ALTER TABLE \`subjects\` ADD \`translation_status_hashes\` text;`)
  await db.run(sql`CREATE INDEX \`subjects_translation_status_translation_status_sr_state_idx\` ON \`subjects\` (\`translation_status_sr_state\`);`)
  await db.run(sql`CREATE INDEX \`subjects_translation_status_translation_status_en_state_idx\` ON \`subjects\` (\`translation_status_en_state\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`translation_status_sr_state\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`translation_status_en_state\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`translation_status_hashes\` text;`)
  await db.run(sql`CREATE INDEX \`media_translation_status_translation_status_sr_state_idx\` ON \`media\` (\`translation_status_sr_state\`);`)
  await db.run(sql`CREATE INDEX \`media_translation_status_translation_status_en_state_idx\` ON \`media\` (\`translation_status_en_state\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_partners\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`organization_id\` integer,
  	\`tier\` text,
  	\`logo_id\` integer,
  	\`link\` text,
  	\`sort_order\` numeric DEFAULT 100,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_partners\`("id", "name", "organization_id", "tier", "logo_id", "link", "sort_order", "updated_at", "created_at", "_status") SELECT "id", "name", "organization_id", "tier", "logo_id", "link", "sort_order", "updated_at", "created_at", "_status" FROM \`partners\`;`)
  await db.run(sql`DROP TABLE \`partners\`;`)
  await db.run(sql`ALTER TABLE \`__new_partners\` RENAME TO \`partners\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`partners_organization_idx\` ON \`partners\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`partners_logo_idx\` ON \`partners\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`partners_sort_order_idx\` ON \`partners\` (\`sort_order\`);`)
  await db.run(sql`CREATE INDEX \`partners_updated_at_idx\` ON \`partners\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`partners_created_at_idx\` ON \`partners\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`partners__status_idx\` ON \`partners\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__partners_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_organization_id\` integer,
  	\`version_tier\` text,
  	\`version_logo_id\` integer,
  	\`version_link\` text,
  	\`version_sort_order\` numeric DEFAULT 100,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__partners_v\`("id", "parent_id", "version_name", "version_organization_id", "version_tier", "version_logo_id", "version_link", "version_sort_order", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_name", "version_organization_id", "version_tier", "version_logo_id", "version_link", "version_sort_order", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_partners_v\`;`)
  await db.run(sql`DROP TABLE \`_partners_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__partners_v\` RENAME TO \`_partners_v\`;`)
  await db.run(sql`CREATE INDEX \`_partners_v_parent_idx\` ON \`_partners_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_version_version_organization_idx\` ON \`_partners_v\` (\`version_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_version_version_logo_idx\` ON \`_partners_v\` (\`version_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_version_version_sort_order_idx\` ON \`_partners_v\` (\`version_sort_order\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_version_version_updated_at_idx\` ON \`_partners_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_version_version_created_at_idx\` ON \`_partners_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_version_version__status_idx\` ON \`_partners_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_created_at_idx\` ON \`_partners_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_updated_at_idx\` ON \`_partners_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_snapshot_idx\` ON \`_partners_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_published_locale_idx\` ON \`_partners_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_partners_v_latest_idx\` ON \`_partners_v\` (\`latest\`);`)
  await db.run(sql`DROP INDEX \`organizations_translation_status_translation_status_sr_s_idx\`;`)
  await db.run(sql`DROP INDEX \`organizations_translation_status_translation_status_en_s_idx\`;`)
  await db.run(sql`ALTER TABLE \`organizations\` DROP COLUMN \`translation_status_sr_state\`;`)
  await db.run(sql`ALTER TABLE \`organizations\` DROP COLUMN \`translation_status_en_state\`;`)
  await db.run(sql`ALTER TABLE \`organizations\` DROP COLUMN \`translation_status_hashes\`;`)
  await db.run(sql`DROP INDEX \`_organizations_v_version_translation_status_version_tran_idx\`;`)
  await db.run(sql`DROP INDEX \`_organizations_v_version_translation_status_version_tr_1_idx\`;`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` DROP COLUMN \`version_translation_status_sr_state\`;`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` DROP COLUMN \`version_translation_status_en_state\`;`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` DROP COLUMN \`version_translation_status_hashes\`;`)
  await db.run(sql`DROP INDEX \`programs_translation_status_translation_status_sr_state_idx\`;`)
  await db.run(sql`DROP INDEX \`programs_translation_status_translation_status_en_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`programs\` DROP COLUMN \`translation_status_sr_state\`;`)
  await db.run(sql`ALTER TABLE \`programs\` DROP COLUMN \`translation_status_en_state\`;`)
  await db.run(sql`ALTER TABLE \`programs\` DROP COLUMN \`translation_status_hashes\`;`)
  await db.run(sql`DROP INDEX \`_programs_v_version_translation_status_version_translati_idx\`;`)
  await db.run(sql`DROP INDEX \`_programs_v_version_translation_status_version_transla_1_idx\`;`)
  await db.run(sql`ALTER TABLE \`_programs_v\` DROP COLUMN \`version_translation_status_sr_state\`;`)
  await db.run(sql`ALTER TABLE \`_programs_v\` DROP COLUMN \`version_translation_status_en_state\`;`)
  await db.run(sql`ALTER TABLE \`_programs_v\` DROP COLUMN \`version_translation_status_hashes\`;`)
  await db.run(sql`DROP INDEX \`archive_items_translation_status_translation_status_sr_s_idx\`;`)
  await db.run(sql`DROP INDEX \`archive_items_translation_status_translation_status_en_s_idx\`;`)
  await db.run(sql`ALTER TABLE \`archive_items\` DROP COLUMN \`translation_status_sr_state\`;`)
  await db.run(sql`ALTER TABLE \`archive_items\` DROP COLUMN \`translation_status_en_state\`;`)
  await db.run(sql`ALTER TABLE \`archive_items\` DROP COLUMN \`translation_status_hashes\`;`)
  await db.run(sql`DROP INDEX \`_archive_items_v_version_translation_status_version_tran_idx\`;`)
  await db.run(sql`DROP INDEX \`_archive_items_v_version_translation_status_version_tr_1_idx\`;`)
  await db.run(sql`ALTER TABLE \`_archive_items_v\` DROP COLUMN \`version_translation_status_sr_state\`;`)
  await db.run(sql`ALTER TABLE \`_archive_items_v\` DROP COLUMN \`version_translation_status_en_state\`;`)
  await db.run(sql`ALTER TABLE \`_archive_items_v\` DROP COLUMN \`version_translation_status_hashes\`;`)
  await db.run(sql`DROP INDEX \`subjects_translation_status_translation_status_sr_state_idx\`;`)
  await db.run(sql`DROP INDEX \`subjects_translation_status_translation_status_en_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`subjects\` DROP COLUMN \`translation_status_sr_state\`;`)
  await db.run(sql`ALTER TABLE \`subjects\` DROP COLUMN \`translation_status_en_state\`;`)
  await db.run(sql`ALTER TABLE \`subjects\` DROP COLUMN \`translation_status_hashes\`;`)
  await db.run(sql`DROP INDEX \`municipalities_translation_status_translation_status_sr__idx\`;`)
  await db.run(sql`DROP INDEX \`municipalities_translation_status_translation_status_en__idx\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`translation_status_sr_state\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`translation_status_en_state\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`translation_status_hashes\`;`)
  await db.run(sql`DROP INDEX \`media_translation_status_translation_status_sr_state_idx\`;`)
  await db.run(sql`DROP INDEX \`media_translation_status_translation_status_en_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`translation_status_sr_state\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`translation_status_en_state\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`translation_status_hashes\`;`)
}
