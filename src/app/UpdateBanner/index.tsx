/** "New version — reload": an update is offered, never forced. */
import { applyUpdate, updateWaiting } from '../state/update';
import styles from './style.module.css';

export function UpdateBanner({ busy }: { busy: boolean }) {
  if (!updateWaiting.value) return null;
  return (
    <div class={styles.banner} role="status">
      <p class={styles.text}>New version of Pocket Coach available. Your chats and the downloaded model are kept.</p>
      <button type="button" class="btn btn-primary" onClick={applyUpdate} disabled={busy}>
        Reload
      </button>
    </div>
  );
}
