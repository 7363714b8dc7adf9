/**
 * Transformers.js 4.x (npm alias `transformers-js-4` = @huggingface/transformers 4.3.2, with the
 * onnxruntime-web 1.31.0-dev it pins) in a dedicated worker, on the same package as our engine.
 */
import * as transformers from 'transformers-js-4';
import { serveTransformersJs } from './shared/transformers-js-runner';

serveTransformersJs(transformers, '/tjs4-ort/');
