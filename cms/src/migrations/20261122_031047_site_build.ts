import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`site_build\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`status\` text,
  	\`reason\` text,
  	\`target\` text,
  	\`requested_at\` text,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`last_success_at\` text,
  	\`duration_ms\` numeric,
  	\`error\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`site_build\`;`)
}
