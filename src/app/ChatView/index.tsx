/** The conversation, or starter questions on an empty chat. Follows the answer while it grows. */
import { useSignalEffect } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { Message } from '../Message';
import { messages } from '../state/chats';
import { draft, streamText } from '../state/conversation';
import { phase } from '../state/model';
import { sendQuestion } from '../state/queue';
import styles from './style.module.css';

export const STARTER_QUESTIONS = [
  'How much protein should an endurance athlete eat per day?',
  'What is a good warm-up before a 5 km race?',
  'How long should I rest between heavy strength sets?',
  'What are the signs of overtraining?',
];

function StarterQuestions() {
  const pick = (q: string) => {
    if (phase.value.kind === 'ready') sendQuestion(q);
    else {
      draft.value = q;
      document.getElementById('composer-input')?.focus();
    }
  };
  return (
    <div class={styles.starters}>
      <h2 class={styles.startersTitle}>Ask about training, nutrition or recovery</h2>
      <ul class={styles.starterList}>
        {STARTER_QUESTIONS.map((q) => (
          <li key={q}>
            <button type="button" class={styles.starter} onClick={() => pick(q)}>
              {q}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ChatView() {
  const scroller = useRef<HTMLElement>(null);
  const list = messages.value;
  // Keep the newest text in view while it streams, unless the reader scrolled up.
  useSignalEffect(() => {
    void streamText.value;
    void messages.value;
    const el = scroller.current;
    if (!el) return;
    const nearBottom = el.scrollHeight - el.scrollTop - el.clientHeight < 160;
    // After the new text is laid out.
    if (nearBottom) requestAnimationFrame(() => (el.scrollTop = el.scrollHeight));
  });
  const lastAnswer = [...list].reverse().find((m) => m.role === 'assistant')?.id;
  return (
    <section class={styles.chat} ref={scroller} aria-label="Conversation" tabIndex={-1}>
      {list.length === 0 ? (
        <StarterQuestions />
      ) : (
        <ol class={styles.messages}>
          {list.map((m) => (
            <Message key={m.id} message={m} isLastAnswer={m.id === lastAnswer} />
          ))}
        </ol>
      )}
    </section>
  );
}
