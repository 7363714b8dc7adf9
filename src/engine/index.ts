/** The generation core: no DOM or worker globals, so the worker, Node tests and the CLI share it. */
export { Engine } from './engine';
export type { EngineOptions, LoadOptions, GenerateCallbacks, GenerationResult, ResolvedOptions } from './engine';
export { chooseBackend, configureOrt, ortFilesAt, wasmThreadCount } from './backend';
export type { OrtRuntime, OrtSetup, Platform, GpuLike } from './backend';
export { fetchFileSource, checkFile, readManifest, readPackageFiles } from './package-source';
export { sha256Hex } from '../shared/sha256';
export type { FileSource, ReadOptions, PackageProgress } from './package-source';
export type { LoopTimings } from './generate';
export { TextTokenizer } from './tokenizer';
export { quotesNotes } from './quoting';
