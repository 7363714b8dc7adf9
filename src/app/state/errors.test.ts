/** One mapping from an error to what the user reads. */
import { describe, expect, it } from 'vitest';
import { EngineError, serializeError, type EngineErrorType } from '../../shared/errors';
import { toModelError } from '../model-files/errors';
import { toUserError, userError } from './errors';

const TYPES: EngineErrorType[] = [
  'model-missing', 'model-corrupt', 'offline', 'server-unreachable', 'storage-full', 'backend-unavailable', 'prompt-too-long',
  'invalid-input', 'busy', 'not-loaded', 'aborted', 'worker-crashed', 'internal',
];

describe('error sentences', () => {
  it('every error type has a sentence and a way on', () => {
    for (const type of TYPES) {
      const e = userError(type);
      expect(e.message.length, type).toBeGreaterThan(5);
      expect(e.actions.length, type).toBeGreaterThan(0);
    }
  });

  it('a crash noticed by the page reads as a crash reported by the worker', () => {
    expect(userError('worker-crashed')).toEqual({ ...toUserError(new EngineError('worker-crashed', 'gone')), detail: '' });
    expect(userError('worker-crashed').actions).toEqual(['restart-engine']);
  });

  it('QuotaExceededError is storage-full with the same words from the worker and from the download', () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const fromWorker = serializeError(quota);
    const fromDownload = toModelError(quota, 'the file');
    expect(fromWorker.type).toBe('storage-full');
    expect(fromDownload.type).toBe('storage-full');
    expect(fromDownload.message).toBe(fromWorker.message);
  });
});
