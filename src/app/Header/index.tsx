/** The app bar: chats (on phones), the title, new chat and settings. */
import { Icon } from '../Icon';
import { newChat } from '../state/chats';
import { stop } from '../state/conversation';
import { chatListOpen, settingsOpen } from '../state/ui';
import styles from './style.module.css';

export function Header() {
  return (
    <header class={styles.header}>
      <button
        id="chat-list-toggle"
        type="button"
        class={`btn btn-icon ${styles.chatsToggle}`}
        aria-label="Chats"
        aria-controls="chat-list"
        aria-expanded={chatListOpen.value}
        onClick={() => (chatListOpen.value = !chatListOpen.value)}
      >
        <Icon name="menu" />
      </button>
      <h1 class={styles.title}>Pocket Coach</h1>
      <div class={styles.actions}>
        <button
          type="button"
          class="btn"
          aria-label="New chat"
          onClick={async () => {
            await stop();
            await newChat();
            document.getElementById('composer-input')?.focus();
          }}
        >
          <Icon name="plus" />
          <span class={styles.wideOnly}>New chat</span>
        </button>
        <button type="button" class="btn btn-icon" aria-label="Settings" onClick={() => (settingsOpen.value = true)}>
          <Icon name="settings" />
        </button>
      </div>
    </header>
  );
}
