import * as migration_20261124_032311_initial from './20261124_032311_initial';
import * as migration_20261124_034007_editorial_workflow from './20261124_034007_editorial_workflow';

export const migrations = [
  {
    up: migration_20261124_032311_initial.up,
    down: migration_20261124_032311_initial.down,
    name: '20261124_032311_initial',
  },
  {
    up: migration_20261124_034007_editorial_workflow.up,
    down: migration_20261124_034007_editorial_workflow.down,
    name: '20261124_034007_editorial_workflow'
  },
];
