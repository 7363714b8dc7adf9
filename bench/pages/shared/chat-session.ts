/**
 * A chat session as the app holds one: every question is asked with all earlier questions and
 * answers, so the prompt grows turn by turn. The runner only answers one message list at a time.
 */
import type { ChatRequest, ChatTurn } from './protocol';

export interface ChatMessageLike {
  role: 'user' | 'assistant';
  content: string;
}

/** One answer: the runner's reply to the whole history (the last message is the new question). */
export type AnswerFn = (messages: readonly ChatMessageLike[], maxNewTokens: number) => Promise<Omit<ChatTurn, 'ms'>>;

export async function runChatSession(request: ChatRequest, answer: AnswerFn): Promise<ChatTurn[]> {
  if (request.questions.length === 0) throw new Error('a chat session needs at least one question');
  const messages: ChatMessageLike[] = [];
  const turns: ChatTurn[] = [];
  for (const question of request.questions) {
    messages.push({ role: 'user', content: question });
    const t0 = performance.now();
    // A copy: the runner must not see (or keep) the answers of later turns.
    const turn = await answer(messages.slice(), request.maxNewTokens);
    turns.push({ ...turn, ms: performance.now() - t0 });
    messages.push({ role: 'assistant', content: turn.text });
  }
  return turns;
}
