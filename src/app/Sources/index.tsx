/**
 * Under an answer: the notes it was given ("From the Pocket Coach notes"), expandable, each with
 * its source when it has one; or a plain line saying the answer had no notes and why. Passage
 * text is our own reviewed data but is still rendered as text, never as HTML.
 */
import type { Grounding } from '../../shared/protocol';
import styles from './style.module.css';

export function Sources({ grounding }: { grounding: Grounding }) {
  switch (grounding.status) {
    case 'notes':
      return (
        <details class={styles.sources} data-testid="sources">
          <summary>
            From the Pocket Coach notes ({grounding.sources.length} passage{grounding.sources.length === 1 ? '' : 's'})
          </summary>
          <ol class={styles.list}>
            {grounding.sources.map((s) => (
              <li key={s.id} data-testid="source" data-source-id={s.id}>
                <strong>{s.title}.</strong> {s.text}
                {s.source && <span class={styles.origin}>Source: {s.source}</span>}
              </li>
            ))}
          </ol>
        </details>
      );
    case 'not-covered':
      return (
        <p class={styles.uncovered} data-testid="not-covered">
          Not covered by the Pocket Coach notes: this answer has no reviewed source. Check it elsewhere.
        </p>
      );
    case 'unavailable':
      return (
        <p class={styles.uncovered} data-testid="notes-unavailable">
          Answered without notes. {grounding.reason}
        </p>
      );
    case 'off':
      return (
        <p class={styles.uncovered} data-testid="notes-off">
          Answered without the notes (turned off in Settings): this answer has no reviewed source.
        </p>
      );
  }
}
