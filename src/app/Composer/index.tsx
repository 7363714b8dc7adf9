/**
 * The question box: Enter sends, Shift+Enter is a new line; Stop while an answer is written. A
 * question sent before the model is ready (or while an answer is still ending) waits, shown here.
 */
import { useRef } from 'preact/hooks';
import { Icon } from '../Icon';
import { draft, generating, stop } from '../state/conversation';
import { phase } from '../state/model';
import { cleanQuestion } from '../state/question';
import { cancelQueued, queued, sendQuestion } from '../state/queue';
import styles from './style.module.css';

const MAX_HEIGHT_PX = 168;

function preview(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

export function Composer() {
  const input = useRef<HTMLTextAreaElement>(null);
  const ready = phase.value.kind === 'ready';
  const empty = cleanQuestion(draft.value) === '';
  const waiting = queued.value;

  const fit = () => {
    const el = input.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${Math.min(el.scrollHeight, MAX_HEIGHT_PX)}px`;
  };

  // Reads the signals, not this render's copies: an Enter in the same task as the input that filled the box counts.
  const send = () => {
    if (queued.value !== null || !sendQuestion(draft.value)) return;
    draft.value = '';
    requestAnimationFrame(fit);
  };

  return (
    <form
      class={styles.composer}
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <label for="composer-input" class="visually-hidden">
        Your question
      </label>
      <textarea
        id="composer-input"
        ref={input}
        class={styles.input}
        rows={1}
        placeholder="Ask a sports question…"
        value={draft.value}
        aria-describedby={!ready || waiting !== null ? 'composer-hint' : undefined}
        onInput={(e) => {
          draft.value = e.currentTarget.value;
          fit();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
            e.preventDefault();
            send();
          }
        }}
      />
      {generating.value ? (
        <button type="button" class={`btn ${styles.action}`} onClick={() => void stop()}>
          <Icon name="stop" />
          Stop
        </button>
      ) : (
        <button type="submit" class={`btn btn-primary ${styles.action}`} disabled={empty || waiting !== null}>
          <Icon name="send" />
          Send
        </button>
      )}
      {waiting !== null ? (
        <p id="composer-hint" class={styles.hint} role="status" data-testid="queued-question">
          Waiting to ask “{preview(waiting)}”: it is sent as soon as {ready ? 'the answer being written ends' : 'the model is ready'}.{' '}
          <button type="button" class="btn" onClick={cancelQueued}>
            Cancel
          </button>
        </p>
      ) : (
        !ready && (
          <p id="composer-hint" class={styles.hint}>
            Answers start once the model is ready; a question sent before then waits for it.
          </p>
        )
      )}
    </form>
  );
}
