/**
 * Transformers.js v3 (@huggingface/transformers 3.8.1, with the onnxruntime-web 1.22.0-dev it
 * pins) in a dedicated worker, on the same ONNX file as our engine (shared/transformers-js-runner.ts).
 */
import * as transformers from '@huggingface/transformers';
import { serveTransformersJs } from './shared/transformers-js-runner';

serveTransformersJs(transformers, '/tjs-ort/');
