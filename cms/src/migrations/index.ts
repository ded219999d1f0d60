import * as migration_20261122_022656_initial from './20261122_022656_initial';
import * as migration_20261122_031047_site_build from './20261122_031047_site_build';
import * as migration_20261122_053029_parent_indexes from './20261122_053029_parent_indexes';
import * as migration_20261201_234021_takedown_requests_contact from './20261201_234021_takedown_requests_contact';
import * as migration_20261202_071314_s5_translation_status_partner_support from './20261202_071314_s5_translation_status_partner_support';
import * as migration_20261203_070239_autosave from './20261203_070239_autosave';

export const migrations = [
  {
    up: migration_20261122_022656_initial.up,
    down: migration_20261122_022656_initial.down,
    name: '20261122_022656_initial',
  },
  {
    up: migration_20261122_031047_site_build.up,
    down: migration_20261122_031047_site_build.down,
    name: '20261122_031047_site_build',
  },
  {
    up: migration_20261122_053029_parent_indexes.up,
    down: migration_20261122_053029_parent_indexes.down,
    name: '20261122_053029_parent_indexes',
  },
  {
    up: migration_20261201_234021_takedown_requests_contact.up,
    down: migration_20261201_234021_takedown_requests_contact.down,
    name: '20261201_234021_takedown_requests_contact',
  },
  {
    up: migration_20261202_071314_s5_translation_status_partner_support.up,
    down: migration_20261202_071314_s5_translation_status_partner_support.down,
    name: '20261202_071314_s5_translation_status_partner_support',
  },
  {
    up: migration_20261203_070239_autosave.up,
    down: migration_20261203_070239_autosave.down,
    name: '20261203_070239_autosave'
  },
];
