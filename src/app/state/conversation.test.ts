/** Asking, streaming and stopping through the EngineClientLike seam, with a stand-in worker. */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { EngineError } from '../../shared/errors';
import type { ChatMessage, GenerateOptions, GenerationStats, Grounding } from '../../shared/protocol';
import type { GenerateResult } from '../../worker/client';
import type { EngineClientLike } from './engine';
import { toUserError } from './errors';

vi.stubGlobal('location', new URL('http://localhost/'));
// IndexedDB in memory: the state modules store chats and settings through ./db.
const stored = new Map<string, unknown>();
vi.mock('./db', () => ({
  KEYS: { settings: 'settings', chatIndex: 'chats', currentChat: 'current-chat', chat: (id: string) => `chat:${id}`, verifiedFiles: 'v' },
  dbGet: (key: string) => Promise.resolve(stored.get(key)),
  dbSet: (key: string, value: unknown) => Promise.resolve(void stored.set(key, structuredClone(value))),
  dbDel: (key: string) => Promise.resolve(void stored.delete(key)),
  dbUpdate: (key: string, change: (old: unknown) => unknown) => {
    const next = change(structuredClone(stored.get(key)));
    stored.set(key, structuredClone(next));
    return Promise.resolve(next);
  },
}));

let conversation: typeof import('./conversation');
let chats: typeof import('./chats');
let engine: typeof import('./engine');
let settings: typeof import('./settings');

function stats(stopReason: GenerationStats['stopReason'], newTokens: number): GenerationStats {
  return { promptTokens: 5, newTokens, timeToFirstTokenMs: 1, decodeTokensPerSecond: 10, totalMs: 2, backend: 'wasm', threads: 1, stopReason, droppedMessages: 0 };
}

/** A worker stand-in: streams `tokens` (then, with `holdAfter`, waits there for an abort), honouring the signal. */
const noted: Grounding = {
  status: 'notes',
  sources: [{ id: 'recov-0001', title: 'Rest', text: 'Rest 48 h between hard sessions for the same muscles.', source: null, score: 12 }],
  reason: null,
};

function fakeClient(
  tokens: string[],
  seen: { messages?: ChatMessage[]; options?: GenerateOptions; useNotes?: boolean | undefined },
  holdAfter = Infinity,
): EngineClientLike {
  return {
    load: () => Promise.reject(new Error('not used')),
    unload: () => Promise.resolve(),
    restart: () => undefined,
    onCrash: () => () => undefined,
    async generate(messages, options, onToken, signal, notes): Promise<GenerateResult> {
      seen.messages = messages;
      seen.options = options;
      seen.useNotes = notes?.use;
      const grounding: Grounding = notes?.use ? noted : { status: 'off', sources: [], reason: null };
      notes?.onGrounding?.(grounding);
      let text = '';
      for (const [i, t] of tokens.entries()) {
        await new Promise((r) => setTimeout(r, 1));
        if (i === holdAfter) await new Promise((r) => signal?.addEventListener('abort', r));
        if (signal?.aborted) return { text, tokenIds: [], stats: stats('aborted', text.length), grounding };
        text += t;
        onToken?.(t, 0);
      }
      return { text, tokenIds: [], stats: stats('eos', tokens.length), grounding };
    },
  };
}

beforeAll(async () => {
  [conversation, chats, engine, settings] = await Promise.all([
    import('./conversation'),
    import('./chats'),
    import('./engine'),
    import('./settings'),
  ]);
});

beforeEach(async () => {
  stored.clear();
  await chats.loadChats();
});

describe('conversation', () => {
  it('streams the answer into streamText while generating, then stores it complete', async () => {
    const seen: { messages?: ChatMessage[] } = {};
    engine.connectEngine(fakeClient(['Rest ', 'two ', 'days.'], seen));
    const partials: string[] = [];
    const unsubscribe = conversation.streamText.subscribe((t) => partials.push(t));
    await conversation.ask('  How long should I rest?  ');
    unsubscribe();
    expect(partials).toContain('Rest two ');
    expect(conversation.generating.value).toBe(false);
    expect(seen.messages).toEqual([{ role: 'user', content: 'How long should I rest?' }]);
    const [user, answer] = chats.currentChat.value!.messages;
    expect(user?.content).toBe('How long should I rest?');
    expect(answer).toMatchObject({ role: 'assistant', content: 'Rest two days.', status: 'complete' });
    expect(stored.get(`chat:${chats.currentChat.value!.id}`)).toMatchObject({ messages: [{}, { status: 'complete' }] });
  });

  it('asks with the notes by default, shows them while streaming and stores them with the answer', async () => {
    const seen: { useNotes?: boolean | undefined } = {};
    engine.connectEngine(fakeClient(['Rest ', '48 h.'], seen));
    const during: (Grounding | null)[] = [];
    const unsubscribe = conversation.streamGrounding.subscribe((g) => during.push(g));
    await conversation.ask('How long should I rest?');
    unsubscribe();
    expect(seen.useNotes).toBe(true);
    expect(during).toContainEqual(noted);
    expect(conversation.streamGrounding.value).toBeNull();
    expect(chats.currentChat.value!.messages.at(-1)).toMatchObject({ status: 'complete', grounding: noted });
    expect(stored.get(`chat:${chats.currentChat.value!.id}`)).toMatchObject({ messages: [{}, { grounding: noted }] });
  });

  it('with notes turned off the question is asked without them and the answer says so', async () => {
    const seen: { useNotes?: boolean | undefined } = {};
    engine.connectEngine(fakeClient(['ok'], seen));
    settings.settings.value = { ...settings.settings.value, useNotes: false };
    await conversation.ask('How long should I rest?');
    settings.settings.value = { ...settings.settings.value, useNotes: true };
    expect(seen.useNotes).toBe(false);
    expect(chats.currentChat.value!.messages.at(-1)?.grounding?.status).toBe('off');
  });

  it('stop keeps what was written and marks the answer stopped', async () => {
    engine.connectEngine(fakeClient(['a', 'b', 'c', 'd'], {}, 2));
    const asking = conversation.ask('Go on');
    await vi.waitFor(() => expect(conversation.streamText.value).toBe('ab'));
    expect(conversation.generating.value).toBe(true);
    await conversation.stop();
    await asking;
    const answer = chats.currentChat.value!.messages.at(-1)!;
    expect(answer).toMatchObject({ status: 'stopped', content: 'ab' });
    expect(conversation.generating.value).toBe(false);
  });

  it('an answer length stored for a longer context is cut to what the active model holds', async () => {
    const seen: { options?: GenerateOptions } = {};
    engine.connectEngine(fakeClient(['ok'], seen));
    const limit = settings.answerTokenLimit();
    settings.settings.value = { ...settings.settings.value, maxNewTokens: 1_000_000 };
    await conversation.ask('Short answer please');
    expect(seen.options?.maxNewTokens).toBe(limit ?? 1_000_000);
  });

  it('an engine error becomes the chat error, with the sentence for its type', async () => {
    const error = new EngineError('internal', 'The session failed.');
    engine.connectEngine({ ...fakeClient([], {}), generate: () => Promise.reject(error) });
    await conversation.ask('Anything');
    expect(chats.currentChat.value!.messages.at(-1)?.status).toBe('error');
    expect(conversation.chatError.value).toEqual(toUserError(error));
    expect(conversation.chatError.value?.detail).toBe('The session failed.');
  });

  it('a question refused as too long leaves the chat and the history, and comes back to be shortened', async () => {
    engine.connectEngine(fakeClient(['ok'], {}));
    await conversation.ask('A short first question');
    const error = new EngineError('prompt-too-long', 'It takes 300 tokens.');
    engine.connectEngine({ ...fakeClient([], {}), generate: () => Promise.reject(error) });
    conversation.draft.value = '';
    await conversation.ask('A very long question');
    expect(conversation.chatError.value?.type).toBe('prompt-too-long');
    expect(conversation.draft.value).toBe('A very long question');
    const texts = chats.currentChat.value!.messages.map((m) => m.content);
    expect(texts).toEqual(['A short first question', 'ok']);
    const storedChat = stored.get(`chat:${chats.currentChat.value!.id}`) as { messages: { content: string }[] };
    expect(storedChat.messages.map((m) => m.content)).toEqual(['A short first question', 'ok']);
    const seen: { messages?: ChatMessage[] } = {};
    engine.connectEngine(fakeClient(['fine'], seen));
    await conversation.ask('Next question');
    expect(seen.messages?.map((m) => m.content)).toEqual(['A short first question', 'ok', 'Next question']);
  });
});
