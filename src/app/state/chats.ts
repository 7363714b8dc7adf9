/**
 * Chats and their persistence. Every chat is one IndexedDB record; a write names the messages it
 * changes and merges them into the stored record in one transaction, so a write is idempotent (a
 * reload mid-answer finds the question once and the answer as far as it was saved, marked
 * interrupted) and never drops what another tab wrote meanwhile. Other tabs hear of each write
 * (tabs.ts) and show it.
 */
import { computed, signal } from '@preact/signals';
import type { GenerationStats, Grounding } from '../../shared/protocol';
import { dbDel, dbGet, dbSet, dbUpdate, KEYS } from './db';
import { modelHeldElsewhere, onOtherTab, tellOtherTabs } from './tabs';

export type MessageStatus = 'complete' | 'streaming' | 'stopped' | 'interrupted' | 'error';

export interface StoredMessage {
  id: string;
  role: 'user' | 'assistant';
  content: string;
  createdAt: number;
  /** Assistant messages only. */
  status?: MessageStatus;
  stats?: GenerationStats;
  /** Model that wrote the answer. */
  modelId?: string;
  /** Assistant messages: the notes the answer was given, or why there were none. */
  grounding?: Grounding;
}

export interface Chat {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  messages: StoredMessage[];
}

export interface ChatSummary {
  id: string;
  title: string;
  updatedAt: number;
}

export const chatIndex = signal<ChatSummary[]>([]);
export const currentChat = signal<Chat | null>(null);
export const messages = computed(() => currentChat.value?.messages ?? []);

export function newId(): string {
  return crypto.randomUUID();
}

function titleOf(chat: Chat): string {
  const first = chat.messages.find((m) => m.role === 'user')?.content.trim() ?? '';
  const line = first.split('\n')[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 57)}…` : line || 'New chat';
}

// Writes go one after another so an older snapshot never lands after a newer one.
let queue: Promise<unknown> = Promise.resolve();
function enqueue<T>(job: () => Promise<T>): Promise<T> {
  const next = queue.then(job, job);
  queue = next.catch(() => undefined);
  return next;
}

/** What a write changes: these messages replace (or join) the stored ones, `removed` go; the rest stays. */
export interface ChatChange {
  changed: readonly string[];
  removed?: readonly string[];
}

/** The stored chat with one tab's change applied; messages of other tabs are kept, in time order. */
export function mergeChat(stored: Chat | undefined, chat: Chat, change: ChatChange): Chat {
  const changed = new Set(change.changed);
  const removed = new Set(change.removed ?? []);
  const mine = new Map(chat.messages.filter((m) => changed.has(m.id)).map((m) => [m.id, m]));
  const kept = (stored?.messages ?? []).filter((m) => !removed.has(m.id)).map((m) => mine.get(m.id) ?? m);
  const have = new Set(kept.map((m) => m.id));
  const added = [...mine.values()].filter((m) => !have.has(m.id) && !removed.has(m.id));
  const messages = [...kept, ...added].sort((a, b) => a.createdAt - b.createdAt);
  const merged: Chat = { ...(stored ?? chat), messages, updatedAt: Math.max(stored?.updatedAt ?? 0, chat.updatedAt) };
  return { ...merged, title: titleOf(merged) };
}

export function saveChat(chat: Chat, change: ChatChange): Promise<void> {
  const snapshot: Chat = structuredClone(chat);
  return enqueue(async () => {
    const saved = await dbUpdate<Chat>(KEYS.chat(snapshot.id), (stored) => mergeChat(stored, snapshot, change));
    const summary: ChatSummary = { id: saved.id, title: saved.title, updatedAt: saved.updatedAt };
    chatIndex.value = await dbUpdate<ChatSummary[]>(KEYS.chatIndex, (stored) =>
      [summary, ...(stored ?? []).filter((c) => c.id !== saved.id)].sort((a, b) => b.updatedAt - a.updatedAt),
    );
    tellOtherTabs({ type: 'chat-saved', id: saved.id });
  });
}

/** Replaces the current chat (new object, so signals notice) and stores the change. */
export function commit(chat: Chat, change: ChatChange | null): Promise<void> {
  const next: Chat = { ...chat, title: titleOf(chat), updatedAt: Date.now() };
  currentChat.value = next;
  return change && next.messages.length > 0 ? saveChat(next, change) : Promise.resolve();
}

/** Messages this tab is writing now (the answer being streamed): its own copy is newer than the stored one. */
export const writing = new Set<string>();

onOtherTab((message) => {
  if (message.type === 'index-changed') void enqueue(async () => (chatIndex.value = (await dbGet<ChatSummary[]>(KEYS.chatIndex)) ?? []));
  else void enqueue(() => refreshFromStore(message.id));
});

/** Another tab wrote this chat: show its messages, keeping what this tab is writing. */
async function refreshFromStore(id: string): Promise<void> {
  chatIndex.value = (await dbGet<ChatSummary[]>(KEYS.chatIndex)) ?? [];
  const local = currentChat.value;
  if (local?.id !== id) return;
  const stored = await dbGet<Chat>(KEYS.chat(id));
  if (!stored || currentChat.value !== local) return;
  currentChat.value = mergeChat(stored, local, { changed: [...writing] });
}

export async function loadChats(): Promise<void> {
  chatIndex.value = (await dbGet<ChatSummary[]>(KEYS.chatIndex)) ?? [];
  const id = await dbGet<string>(KEYS.currentChat);
  const chat = id ? await dbGet<Chat>(KEYS.chat(id)) : undefined;
  currentChat.value = chat ? await recover(chat) : emptyChat();
  if (chat && currentChat.value !== chat) await saveChat(currentChat.value, { changed: streamingIds(chat) });
}

function streamingIds(chat: Chat): string[] {
  return chat.messages.filter((m) => m.status === 'streaming').map((m) => m.id);
}

/**
 * An answer that was streaming when its page went away is kept, marked interrupted; while another
 * tab holds the model it may be writing it now, so it is left alone.
 */
async function recover(chat: Chat): Promise<Chat> {
  if (streamingIds(chat).length === 0 || (await modelHeldElsewhere())) return chat;
  return {
    ...chat,
    messages: chat.messages.map((m) => (m.status === 'streaming' ? { ...m, status: 'interrupted' } : m)),
  };
}

function emptyChat(): Chat {
  const now = Date.now();
  return { id: newId(), title: 'New chat', createdAt: now, updatedAt: now, messages: [] };
}

export async function newChat(): Promise<void> {
  currentChat.value = emptyChat();
  await enqueue(() => dbSet(KEYS.currentChat, currentChat.value!.id));
}

export async function openChat(id: string): Promise<void> {
  const chat = await dbGet<Chat>(KEYS.chat(id));
  if (!chat) return;
  currentChat.value = await recover(chat);
  await enqueue(() => dbSet(KEYS.currentChat, id));
}

export async function deleteChat(id: string): Promise<void> {
  await enqueue(async () => {
    chatIndex.value = await dbUpdate<ChatSummary[]>(KEYS.chatIndex, (stored) => (stored ?? []).filter((c) => c.id !== id));
    await dbDel(KEYS.chat(id));
    tellOtherTabs({ type: 'index-changed' });
  });
  if (currentChat.value?.id === id) await newChat();
}

/** The current chat's id is remembered as soon as it has a message. */
export function rememberCurrent(): Promise<void> {
  const id = currentChat.value?.id;
  return id ? enqueue(() => dbSet(KEYS.currentChat, id)) : Promise.resolve();
}
