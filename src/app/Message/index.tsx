/** One chat message. The answer being written renders `streamText` directly (see StreamingText). */
import { useState } from 'preact/hooks';
import { Icon } from '../Icon';
import { Markdown } from '../Markdown';
import type { StoredMessage } from '../state/chats';
import { generating, regenerate, streamGrounding, streamingId, streamText } from '../state/conversation';
import { Sources } from '../Sources';
import styles from './style.module.css';

const STATUS_NOTE: Partial<Record<string, string>> = {
  stopped: 'Stopped — this answer is partial.',
  interrupted: 'Interrupted when the page was closed — this answer is partial.',
  error: 'The answer could not be finished.',
};

function StreamingText() {
  const text = streamText.value;
  return text ? <Markdown text={text} /> : <p class={styles.thinking}>Thinking…</p>;
}

function CopyButton({ text }: { text: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 2000);
  };
  return (
    <button type="button" class="btn" onClick={copy} disabled={!text}>
      <Icon name="copy" />
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}
    </button>
  );
}

export function Message({ message, isLastAnswer }: { message: StoredMessage; isLastAnswer: boolean }) {
  if (message.role === 'user') {
    return (
      <li class={styles.user} data-role="user">
        <span class="visually-hidden">You asked:</span>
        <p class={styles.bubble}>{message.content}</p>
      </li>
    );
  }
  const streaming = streamingId.value === message.id;
  const note = message.status ? STATUS_NOTE[message.status] : undefined;
  const dropped = message.stats?.droppedMessages ?? 0;
  return (
    <li class={styles.assistant} data-role="assistant" data-status={streaming ? 'streaming' : message.status}>
      <span class="visually-hidden">Pocket Coach answered:</span>
      <div class={styles.answer} data-testid="answer" aria-live="polite" aria-busy={streaming}>
        {streaming ? <StreamingText /> : message.content ? <Markdown text={message.content} /> : null}
      </div>
      {streaming && streamGrounding.value && <Sources grounding={streamGrounding.value} />}
      {!streaming && message.grounding && <Sources grounding={message.grounding} answer={message.content} />}
      {!streaming && note && <p class={styles.note}>{note}</p>}
      {!streaming && dropped > 0 && (
        <p class={styles.note}>
          {dropped} older message{dropped === 1 ? ' was' : 's were'} left out so the question fits the model's context.
        </p>
      )}
      {!streaming && (
        <div class={styles.actions}>
          <CopyButton text={message.content} />
          {isLastAnswer && !generating.value && (
            <button type="button" class="btn" onClick={() => void regenerate()}>
              <Icon name="refresh" />
              Regenerate
            </button>
          )}
        </div>
      )}
    </li>
  );
}
