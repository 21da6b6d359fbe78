import * as migration_20261124_032311_initial from './20261124_032311_initial';
import * as migration_20261124_034007_editorial_workflow from './20261124_034007_editorial_workflow';
import * as migration_20261124_040532_reader_experience from './20261124_040532_reader_experience';
import * as migration_20261124_063216_media_storage from './20261124_063216_media_storage';
import * as migration_20261124_145431_site_frame from './20261124_145431_site_frame';
import * as migration_20261124_183724_agents from './20261124_183724_agents';
import * as migration_20261124_185209_index_description from './20261124_185209_index_description';
import * as migration_20261124_201215_releases_cockpit from './20261124_201215_releases_cockpit';
import * as migration_20261124_202357_nav_releases from './20261124_202357_nav_releases';
import * as migration_20261203_173332_release_history from './20261203_173332_release_history';
import * as migration_20261203_204028_scorecard from './20261203_204028_scorecard';
import * as migration_20261204_011154_checks from './20261204_011154_checks';
import * as migration_20261204_045549_analytics from './20261204_045549_analytics';
import * as migration_20261204_051149_frame_autosave from './20261204_051149_frame_autosave';
import * as migration_20261204_053017_review_comments from './20261204_053017_review_comments';
import * as migration_20261204_125826_users_reviews_seen from './20261204_125826_users_reviews_seen';

export const migrations = [
  {
    up: migration_20261124_032311_initial.up,
    down: migration_20261124_032311_initial.down,
    name: '20261124_032311_initial',
  },
  {
    up: migration_20261124_034007_editorial_workflow.up,
    down: migration_20261124_034007_editorial_workflow.down,
    name: '20261124_034007_editorial_workflow',
  },
  {
    up: migration_20261124_040532_reader_experience.up,
    down: migration_20261124_040532_reader_experience.down,
    name: '20261124_040532_reader_experience',
  },
  {
    up: migration_20261124_063216_media_storage.up,
    down: migration_20261124_063216_media_storage.down,
    name: '20261124_063216_media_storage',
  },
  {
    up: migration_20261124_145431_site_frame.up,
    down: migration_20261124_145431_site_frame.down,
    name: '20261124_145431_site_frame',
  },
  {
    up: migration_20261124_183724_agents.up,
    down: migration_20261124_183724_agents.down,
    name: '20261124_183724_agents',
  },
  {
    up: migration_20261124_185209_index_description.up,
    down: migration_20261124_185209_index_description.down,
    name: '20261124_185209_index_description',
  },
  {
    up: migration_20261124_201215_releases_cockpit.up,
    down: migration_20261124_201215_releases_cockpit.down,
    name: '20261124_201215_releases_cockpit',
  },
  {
    up: migration_20261124_202357_nav_releases.up,
    down: migration_20261124_202357_nav_releases.down,
    name: '20261124_202357_nav_releases',
  },
  {
    up: migration_20261203_173332_release_history.up,
    down: migration_20261203_173332_release_history.down,
    name: '20261203_173332_release_history',
  },
  {
    up: migration_20261203_204028_scorecard.up,
    down: migration_20261203_204028_scorecard.down,
    name: '20261203_204028_scorecard',
  },
  {
    up: migration_20261204_011154_checks.up,
    down: migration_20261204_011154_checks.down,
    name: '20261204_011154_checks',
  },
  {
    up: migration_20261204_045549_analytics.up,
    down: migration_20261204_045549_analytics.down,
    name: '20261204_045549_analytics',
  },
  {
    up: migration_20261204_051149_frame_autosave.up,
    down: migration_20261204_051149_frame_autosave.down,
    name: '20261204_051149_frame_autosave',
  },
  {
    up: migration_20261204_053017_review_comments.up,
    down: migration_20261204_053017_review_comments.down,
    name: '20261204_053017_review_comments',
  },
  {
    up: migration_20261204_125826_users_reviews_seen.up,
    down: migration_20261204_125826_users_reviews_seen.down,
    name: '20261204_125826_users_reviews_seen'
  },
];
