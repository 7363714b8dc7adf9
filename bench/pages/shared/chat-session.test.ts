import { describe, expect, it } from 'vitest';
import { runChatSession, type ChatMessageLike } from './chat-session';
import { wllamaContextSize } from './protocol';

describe('runChatSession', () => {
  it('asks each question with every earlier question and answer', async () => {
    const seen: ChatMessageLike[][] = [];
    const turns = await runChatSession({ questions: ['q1', 'q2', 'q3'], maxNewTokens: 7 }, async (messages, max) => {
      seen.push(messages.map((m) => ({ ...m })));
      expect(max).toBe(7);
      return { promptTokens: messages.length * 10, newTokens: 3, ttftMs: 1, text: `a${seen.length}` };
    });
    expect(seen.map((m) => m.map((x) => x.content))).toEqual([['q1'], ['q1', 'a1', 'q2'], ['q1', 'a1', 'q2', 'a2', 'q3']]);
    expect(seen[2]?.map((m) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant', 'user']);
    expect(turns.map((t) => t.promptTokens)).toEqual([10, 30, 50]);
    expect(turns.every((t) => t.ms >= 0)).toBe(true);
  });

  it('refuses an empty session and passes a failing answer on', async () => {
    await expect(runChatSession({ questions: [], maxNewTokens: 1 }, async () => ({ promptTokens: 0, newTokens: 0, ttftMs: null, text: '' }))).rejects.toThrow(/at least one/);
    await expect(runChatSession({ questions: ['q'], maxNewTokens: 1 }, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });
});

describe('wllamaContextSize', () => {
  it('keeps 512 for short runs and doubles to hold long ones', () => {
    expect(wllamaContextSize(undefined)).toBe(512);
    expect(wllamaContextSize(192)).toBe(512);
    expect(wllamaContextSize(512)).toBe(512);
    expect(wllamaContextSize(513)).toBe(1024);
    expect(wllamaContextSize(928)).toBe(1024);
    expect(wllamaContextSize(2100)).toBe(4096);
  });
});
