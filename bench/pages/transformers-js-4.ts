/** Bench page: Transformers.js 4.x in a dedicated worker (see transformers-js-4.worker.ts). */
import { workerPage } from './shared/page';

workerPage(() => new Worker(new URL('./transformers-js-4.worker.ts', import.meta.url), { type: 'module' }));
