/**
 * Asking, streaming, stopping and regenerating. Tokens go into `streamText`, which only the
 * streaming answer renders, so a token never re-renders the chat. The partial answer is saved
 * about once a second, so a reload loses at most that much and duplicates nothing.
 */
import { batch, computed, signal } from '@preact/signals';
import { EngineError, isAbortError } from '../../shared/errors';
import type { ChatMessage, GenerateOptions, GenerationStats, Grounding } from '../../shared/protocol';
import { commit, currentChat, newId, rememberCurrent, saveChat, writing, type Chat, type StoredMessage } from './chats';
import { engineGenerate } from './engine';
import { toUserError, type UserError } from './errors';
import { cleanQuestion } from './question';
import { activeModelId, answerTokenLimit, settings } from './settings';

export const streamingId = signal<string | null>(null);
export const streamText = signal('');
/** The notes of the answer being written, from before its first token. */
export const streamGrounding = signal<Grounding | null>(null);
export const lastStats = signal<GenerationStats | null>(null);
export const chatError = signal<UserError | null>(null);
/** The composer's text; a question the model refused as too long comes back here to be shortened. */
export const draft = signal('');

const SAVE_EVERY_MS = 1000;
let controller: AbortController | null = null;
let running: Promise<void> | null = null;

/** True while an answer is being written. */
export const generating = computed(() => streamingId.value !== null);

function options(): GenerateOptions {
  const s = settings.value;
  const o: GenerateOptions = { quoteNotes: s.quoteNotes };
  if (s.shortAnswers) o.shortAnswers = true;
  if (s.temperature !== null) o.temperature = s.temperature;
  if (s.topP !== null) o.topP = s.topP;
  // A length stored for a model with a longer context is cut to what this model holds.
  if (s.maxNewTokens !== null) o.maxNewTokens = Math.min(s.maxNewTokens, answerTokenLimit() ?? s.maxNewTokens);
  return o;
}

/** The history the model sees: finished and partial answers, never failed empty ones. */
function history(msgs: StoredMessage[]): ChatMessage[] {
  return msgs
    .filter((m) => m.role === 'user' || m.content.trim() !== '')
    .map((m) => ({ role: m.role, content: m.content }));
}

export async function ask(text: string): Promise<void> {
  const question = cleanQuestion(text);
  const chat = currentChat.value;
  if (!question || !chat || generating.value) return;
  const now = Date.now();
  const user: StoredMessage = { id: newId(), role: 'user', content: question, createdAt: now };
  const prior = [...chat.messages, user];
  await start(chat, prior);
}

export async function regenerate(): Promise<void> {
  const chat = currentChat.value;
  if (!chat || generating.value) return;
  const lastUser = chat.messages.map((m) => m.role).lastIndexOf('user');
  if (lastUser === -1) return;
  await start(chat, chat.messages.slice(0, lastUser + 1));
}

async function start(chat: Chat, prior: StoredMessage[]): Promise<void> {
  chatError.value = null;
  const answer: StoredMessage = {
    id: newId(),
    role: 'assistant',
    content: '',
    createdAt: Date.now(),
    status: 'streaming',
    modelId: activeModelId(),
  };
  const base: Chat = { ...chat, messages: [...prior, answer] };
  batch(() => {
    streamText.value = '';
    streamGrounding.value = null;
    streamingId.value = answer.id;
  });
  writing.add(answer.id);
  // New messages are written; answers a regeneration replaces are removed; other tabs' stay.
  const added = prior.filter((m) => !chat.messages.includes(m)).map((m) => m.id);
  const removed = chat.messages.filter((m) => !prior.includes(m)).map((m) => m.id);
  await commit(base, { changed: [...added, answer.id], removed });
  await rememberCurrent();
  controller = new AbortController();
  running = generate(base, answer, history(prior), controller.signal);
  await running;
}

async function generate(base: Chat, answer: StoredMessage, msgs: ChatMessage[], abort: AbortSignal): Promise<void> {
  // The first text is saved at once (a reload in the first second keeps it), then once a second.
  let lastSave = -Infinity;
  const savePartial = () => {
    const partial = { ...base, updatedAt: Date.now(), messages: withAnswer(base.messages, withGrounding({ ...answer, content: streamText.value })) };
    void saveChat(partial, { changed: [answer.id] });
  };
  let final: StoredMessage;
  let refused = false;
  try {
    const result = await engineGenerate(msgs, options(), (delta) => {
      streamText.value += delta;
      const t = performance.now();
      if (t - lastSave > SAVE_EVERY_MS) {
        lastSave = t;
        savePartial();
      }
    }, abort, { use: settings.value.useNotes, onGrounding: (g) => (streamGrounding.value = g) });
    lastStats.value = result.stats;
    const stopped = result.stats.stopReason === 'aborted';
    final = { ...answer, content: stopped ? streamText.value || result.text : result.text, status: stopped ? 'stopped' : 'complete', stats: result.stats, grounding: result.grounding };
  } catch (e) {
    if (isAbortError(e)) final = withGrounding({ ...answer, content: streamText.value, status: 'stopped' });
    else {
      chatError.value = toUserError(e);
      final = withGrounding({ ...answer, content: streamText.value, status: 'error' });
    }
    refused = e instanceof EngineError && e.type === 'prompt-too-long';
  }
  // The chat may have been left meanwhile: finish the record it belongs to.
  const latest = currentChat.value?.id === base.id ? currentChat.value : base;
  // A question the model refuses as too long leaves the chat (never sent again with the history)
  // and goes back to the composer to be shortened.
  const question = refused ? base.messages.findLast((m) => m.role === 'user') : undefined;
  if (question && draft.value === '') draft.value = question.content;
  const removed = question ? [question.id, answer.id] : [];
  const done: Chat = { ...latest, messages: withAnswer(latest.messages, final).filter((m) => !removed.includes(m.id)) };
  writing.delete(answer.id);
  controller = null;
  const change = { changed: removed.length ? [] : [answer.id], removed };
  // The chat holds the finished answer before the answer stops counting as being written, so a
  // question waiting for that moment (queue.ts) starts from the finished chat.
  const saved = currentChat.value?.id === base.id ? commit(done, change) : saveChat({ ...done, updatedAt: Date.now() }, change);
  batch(() => {
    streamingId.value = null;
    streamText.value = '';
    streamGrounding.value = null;
  });
  await saved;
}

/** A partial answer keeps the notes it was given, so a reload still shows them. */
function withGrounding(message: StoredMessage): StoredMessage {
  const g = streamGrounding.value;
  return g ? { ...message, grounding: g } : message;
}

function withAnswer(msgs: StoredMessage[], answer: StoredMessage): StoredMessage[] {
  return msgs.map((m) => (m.id === answer.id ? answer : m));
}

/** Stops the answer being written; what was written so far is kept. */
export async function stop(): Promise<void> {
  controller?.abort();
  await running;
}
