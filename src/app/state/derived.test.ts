/** The derived UI state (computed signals) that components render instead of recomputing it. */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_CONTEXT_TOKENS, appContextTokens, type ModelManifest } from '../../shared/manifest';

// The state modules read the page address and open IndexedDB when imported; neither is used here.
vi.stubGlobal('location', new URL('http://localhost/'));
vi.stubGlobal('indexedDB', { open: () => ({}) });

let conversation: typeof import('./conversation');
let model: typeof import('./model');
let settings: typeof import('./settings');
let ui: typeof import('./ui');

beforeAll(async () => {
  [conversation, model, settings, ui] = await Promise.all([
    import('./conversation'),
    import('./model'),
    import('./settings'),
    import('./ui'),
  ]);
});

describe('derived UI state', () => {
  it('busy: an answer is written, or the model is downloaded, checked or loaded', () => {
    model.phase.value = { kind: 'ready' };
    conversation.streamingId.value = null;
    expect(ui.busy.value).toBe(false);
    conversation.streamingId.value = 'answer-1';
    expect(conversation.generating.value).toBe(true);
    expect(ui.busy.value).toBe(true);
    conversation.streamingId.value = null;
    for (const kind of ['downloading', 'verifying', 'loading'] as const) {
      model.phase.value = { kind, stage: 'reading', loaded: 0, total: 1, file: 'x', bytesPerSecond: 0 } as import('./model').ModelPhase;
      expect(ui.busy.value, kind).toBe(true);
    }
    model.phase.value = { kind: 'needs-download', missingBytes: 1, totalBytes: 1 };
    expect(ui.busy.value).toBe(false);
  });

  it("modelName: the manifest's name for the active model, never a previous model's", () => {
    const id = settings.activeModelId();
    const indexName = settings.knownModel(id)?.name ?? id;
    model.manifest.value = null;
    expect(model.modelName.value).toBe(indexName);
    model.manifest.value = { id, name: 'From the manifest' } as ModelManifest;
    expect(model.modelName.value).toBe('From the manifest');
    model.manifest.value = { id: 'another-model', name: 'Another' } as ModelManifest;
    expect(model.modelName.value).toBe(indexName);
  });

  it("contextTokens: the app's default context (not the default model's 8192), less one for the longest answer", () => {
    const entry = settings.knownModel(settings.activeModelId());
    expect(entry?.contextLength).toBe(8192);
    expect(settings.contextTokens()).toBe(APP_CONTEXT_TOKENS);
    expect(settings.answerTokenLimit()).toBe(APP_CONTEXT_TOKENS - 1);
  });

  it('appContextTokens: ?context= replaces the default, never above the model', () => {
    expect(appContextTokens(8192)).toBe(APP_CONTEXT_TOKENS);
    expect(appContextTokens(256)).toBe(256);
    expect(appContextTokens(8192, 768)).toBe(768);
    expect(appContextTokens(8192, 100_000)).toBe(8192);
  });
});
