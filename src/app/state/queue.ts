/**
 * A question sent before it can be answered (the model is still downloading or loading, or an
 * answer is still being written, e.g. just after Stop) waits here, visibly, and is asked as soon
 * as the model is ready and free.
 */
import { effect, signal } from '@preact/signals';
import { ask, generating } from './conversation';
import { phase } from './model';
import { cleanQuestion } from './question';

export const queued = signal<string | null>(null);

/** Asks now, or queues the question; false when there is nothing to send. */
export function sendQuestion(text: string): boolean {
  const question = cleanQuestion(text);
  if (!question) return false;
  queued.value = question;
  return true;
}

export function cancelQueued(): void {
  queued.value = null;
}

effect(() => {
  const question = queued.value;
  if (question === null || phase.value.kind !== 'ready' || generating.value) return;
  queued.value = null;
  void ask(question);
});
