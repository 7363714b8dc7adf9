/** Bench page: our engine in a dedicated worker (see onnx-engine.worker.ts). */
import { workerPage } from './shared/page';

workerPage(() => new Worker(new URL('./onnx-engine.worker.ts', import.meta.url), { type: 'module' }));
