import * as migration_20261124_032311_initial from './20261124_032311_initial';

export const migrations = [
  {
    up: migration_20261124_032311_initial.up,
    down: migration_20261124_032311_initial.down,
    name: '20261124_032311_initial'
  },
];
