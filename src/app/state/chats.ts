/**
 * Chats and their persistence. Every chat is one IndexedDB record written whole, so a write is
 * idempotent: a reload in the middle of an answer finds the question once and the answer as far
 * as it was saved (marked interrupted), never twice.
 */
import { computed, signal } from '@preact/signals';
import type { GenerationStats, Grounding } from '../../shared/protocol';
import { dbDel, dbGet, dbSet, KEYS } from './db';

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

export function saveChat(chat: Chat): Promise<void> {
  const snapshot: Chat = { ...structuredClone(chat), title: titleOf(chat) };
  return enqueue(async () => {
    await dbSet(KEYS.chat(snapshot.id), snapshot);
    const summary: ChatSummary = { id: snapshot.id, title: snapshot.title, updatedAt: snapshot.updatedAt };
    const others = chatIndex.value.filter((c) => c.id !== snapshot.id);
    chatIndex.value = [summary, ...others].sort((a, b) => b.updatedAt - a.updatedAt);
    await dbSet(KEYS.chatIndex, chatIndex.value);
  });
}

/** Replaces the current chat (new object, so signals notice) and stores it. */
export function commit(chat: Chat, persist = true): Promise<void> {
  const next: Chat = { ...chat, title: titleOf(chat), updatedAt: Date.now() };
  currentChat.value = next;
  return persist && next.messages.length > 0 ? saveChat(next) : Promise.resolve();
}

export async function loadChats(): Promise<void> {
  chatIndex.value = (await dbGet<ChatSummary[]>(KEYS.chatIndex)) ?? [];
  const id = await dbGet<string>(KEYS.currentChat);
  const chat = id ? await dbGet<Chat>(KEYS.chat(id)) : undefined;
  currentChat.value = chat ? recover(chat) : emptyChat();
  if (chat && currentChat.value !== chat) await saveChat(currentChat.value);
}

/** An answer that was streaming when the page went away is kept, marked interrupted. */
function recover(chat: Chat): Chat {
  if (!chat.messages.some((m) => m.status === 'streaming')) return chat;
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
  currentChat.value = recover(chat);
  await enqueue(() => dbSet(KEYS.currentChat, id));
}

export async function deleteChat(id: string): Promise<void> {
  await enqueue(async () => {
    chatIndex.value = chatIndex.value.filter((c) => c.id !== id);
    await dbSet(KEYS.chatIndex, chatIndex.value);
    await dbDel(KEYS.chat(id));
  });
  if (currentChat.value?.id === id) await newChat();
}

/** The current chat's id is remembered as soon as it has a message. */
export function rememberCurrent(): Promise<void> {
  const id = currentChat.value?.id;
  return id ? enqueue(() => dbSet(KEYS.currentChat, id)) : Promise.resolve();
}
