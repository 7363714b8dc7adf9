/**
 * Under an answer: the notes it was given ("From the Pocket Coach notes"), expandable, each with
 * its source when it has one; or a plain line saying the answer had no notes and why. A finished
 * answer that states a figure its notes do not hold says so, with the notes open. Passage text is
 * our own reviewed data but is still rendered as text, never as HTML.
 */
import { figuresNotInNotes } from '../../knowledge/figures';
import type { Grounding } from '../../shared/protocol';
import styles from './style.module.css';

/** `answer`: the finished answer's text, checked against its notes (leave it out while streaming). */
export function Sources({ grounding, answer = '' }: { grounding: Grounding; answer?: string }) {
  switch (grounding.status) {
    case 'notes': {
      const unsure = figuresNotInNotes(answer, grounding.sources.map((s) => s.text));
      const one = unsure.length === 1;
      return (
        <>
          {unsure.length > 0 && (
            <p class={styles.figures} data-testid="figures-check">
              Check {one ? 'this figure' : 'these figures'}: {unsure.join(', ')} {one ? 'is' : 'are'} not in the notes this
              answer was given, so the model may have got {one ? 'it' : 'them'} wrong. The notes are below.
            </p>
          )}
          <SourceList grounding={grounding} open={unsure.length > 0} />
        </>
      );
    }
    case 'not-covered':
      return (
        <p class={styles.uncovered} data-testid="not-covered">
          Not covered by the Pocket Coach notes, so no reviewed source. Turning off "Answer from the Pocket Coach notes" in
          Settings gets the model's own answer, unchecked.
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

function SourceList({ grounding, open }: { grounding: Grounding; open: boolean }) {
  return (
    <details class={styles.sources} data-testid="sources" open={open}>
      <summary>
        From the Pocket Coach notes ({grounding.sources.length} passage{grounding.sources.length === 1 ? '' : 's'})
        {grounding.quoted && <span class={styles.quoted} data-testid="quoted">: the answer quotes them word for word</span>}
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
}
