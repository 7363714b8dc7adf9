/** The question box: Enter sends, Shift+Enter is a new line; Stop while an answer is written. */
import { useRef } from 'preact/hooks';
import { Icon } from '../Icon';
import { ask, generating, stop } from '../state/conversation';
import { phase } from '../state/model';
import { draft } from '../state/ui';
import styles from './style.module.css';

const MAX_HEIGHT_PX = 168;

export function Composer() {
  const input = useRef<HTMLTextAreaElement>(null);
  const ready = phase.value.kind === 'ready';
  const empty = draft.value.trim() === '';

  const fit = () => {
    const el = input.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${Math.min(el.scrollHeight, MAX_HEIGHT_PX)}px`;
  };

  const send = () => {
    if (empty || !ready || generating.value) return;
    const text = draft.value;
    draft.value = '';
    requestAnimationFrame(fit);
    void ask(text);
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
        aria-describedby={!ready ? 'composer-hint' : undefined}
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
        <button type="submit" class={`btn btn-primary ${styles.action}`} disabled={empty || !ready}>
          <Icon name="send" />
          Send
        </button>
      )}
      {!ready && (
        <p id="composer-hint" class={styles.hint}>
          Answers start once the model is ready.
        </p>
      )}
    </form>
  );
}
