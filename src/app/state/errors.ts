/**
 * What the user reads when something goes wrong, and the way on. Every EngineErrorType the app
 * can meet maps to a sentence and at least one action.
 */
import { EngineError, type EngineErrorType } from '../../shared/errors';

export type ErrorAction = 'retry' | 'use-wasm' | 'restart-engine' | 'open-settings' | 'dismiss';

export interface UserError {
  type: EngineErrorType;
  /** One sentence for the user, then the engine's detail when it adds something. */
  message: string;
  detail: string;
  actions: ErrorAction[];
}

const SENTENCES: Record<EngineErrorType, { message: string; actions: ErrorAction[] }> = {
  'model-missing': {
    message: 'The model files could not be found on the server.',
    actions: ['retry', 'open-settings'],
  },
  'model-corrupt': {
    message: 'The model files are damaged, so they were removed. Download the model again.',
    actions: ['retry', 'open-settings'],
  },
  offline: {
    message: 'You are offline and this model is not fully saved on this device yet. Connect to the internet; what was downloaded is kept.',
    actions: ['retry'],
  },
  'server-unreachable': {
    message: 'The model server could not be reached, although this device is online. What was downloaded is kept; the download goes on from there.',
    actions: ['retry'],
  },
  'storage-full': {
    message: 'There is not enough storage on this device for the model. Free some space (or delete other site data), then try again.',
    actions: ['retry', 'open-settings'],
  },
  'backend-unavailable': {
    message: 'WebGPU cannot run on this device. Switch to WebAssembly, which works everywhere (a bit slower).',
    actions: ['use-wasm', 'open-settings'],
  },
  'prompt-too-long': {
    message: 'Your message is too long for this model. Shorten it and send it again.',
    actions: ['dismiss'],
  },
  'invalid-input': { message: 'That request could not be run. Check the settings and try again.', actions: ['open-settings', 'dismiss'] },
  busy: { message: 'An answer is still being written. Stop it first, or wait for it to finish.', actions: ['dismiss'] },
  'not-loaded': { message: 'The model is not loaded yet. Load it, then ask again.', actions: ['retry'] },
  aborted: { message: 'Stopped.', actions: ['dismiss'] },
  'worker-crashed': {
    message: 'The model stopped unexpectedly (the browser may have run out of memory). Restart it to go on; your chats are kept.',
    actions: ['restart-engine'],
  },
  internal: { message: 'Something went wrong inside the app. Try again; if it keeps happening, reload the page.', actions: ['retry', 'dismiss'] },
};

export function toUserError(e: unknown): UserError {
  const err = e instanceof EngineError ? e : new EngineError('internal', e instanceof Error ? e.message : String(e));
  const { message, actions } = SENTENCES[err.type];
  return { type: err.type, message, detail: err.message === message ? '' : err.message, actions };
}

/** The sentence and actions of an error type that carries no detail (e.g. a crash seen by the page). */
export function userError(type: EngineErrorType): UserError {
  return { type, ...SENTENCES[type], detail: '' };
}

/** Offline and the stored copy is damaged: nothing to fetch it again with. */
export function corruptWhileOffline(files: string[]): UserError {
  return {
    type: 'model-corrupt',
    message: 'The saved copy of the model is damaged and cannot be downloaded again while you are offline. Connect to the internet, then try again.',
    detail: `Damaged: ${files.join(', ')}.`,
    actions: ['retry'],
  };
}

/** The worker never got the model's runtime going, even in fresh workers and on one thread. */
export function runtimeDidNotStart(tries: number, boundMs: number): UserError {
  return {
    type: 'internal',
    message: 'The model could not be started: the browser did not finish loading its runtime. Try again; if it keeps happening, reload the page.',
    detail: `Tried ${tries} times, ${boundMs / 1000} s each, the last on one thread.`,
    actions: ['retry'],
  };
}
