/** Bench page: Transformers.js v3 in a dedicated worker (see transformers-js.worker.ts). */
import { workerPage } from './shared/page';

workerPage(() => new Worker(new URL('./transformers-js.worker.ts', import.meta.url), { type: 'module' }));
