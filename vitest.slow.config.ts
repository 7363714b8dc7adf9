/** The slow tests only (`npm run test:slow`): the same setup as vite.config.ts, other files. */
import { configDefaults } from 'vitest/config';
import base, { SLOW_TESTS } from './vite.config';

export default { ...base, test: { ...base.test, include: [SLOW_TESTS], exclude: configDefaults.exclude } };
