/** Saved chats: open one, delete one. A sidebar on wide screens, a panel on phones. */
import { useEffect, useRef } from 'preact/hooks';
import { Icon } from '../Icon';
import { chatIndex, currentChat, deleteChat, openChat } from '../state/chats';
import { stop } from '../state/conversation';
import { chatListOpen } from '../state/ui';
import styles from './style.module.css';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function ChatList() {
  const panel = useRef<HTMLElement>(null);
  const open = chatListOpen.value;
  const chats = chatIndex.value;
  const current = currentChat.value?.id;

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>('button')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  const close = () => {
    if (!chatListOpen.value) return;
    chatListOpen.value = false;
    document.getElementById('chat-list-toggle')?.focus();
  };

  return (
    <>
      {open && <div class={styles.scrim} onClick={close} aria-hidden="true" />}
      <nav id="chat-list" ref={panel} class={`${styles.panel} ${open ? styles.open : ''}`} aria-label="Chats">
        <div class={styles.head}>
          <h2 class={styles.title}>Chats</h2>
          <button type="button" class={`btn btn-icon ${styles.closeBtn}`} aria-label="Close chats" onClick={close}>
            <Icon name="close" />
          </button>
        </div>
        {chats.length === 0 ? (
          <p class={styles.empty}>No saved chats yet.</p>
        ) : (
          <ul class={styles.list}>
            {chats.map((c) => (
              <li key={c.id} class={`${styles.item} ${c.id === current ? styles.current : ''}`}>
                <button
                  type="button"
                  class={styles.open}
                  aria-current={c.id === current ? 'true' : undefined}
                  onClick={async () => {
                    await stop();
                    await openChat(c.id);
                    close();
                  }}
                >
                  <span class={styles.chatTitle}>{c.title}</span>
                  <span class={styles.date}>{dateFormat.format(c.updatedAt)}</span>
                </button>
                <button
                  type="button"
                  class="btn btn-icon"
                  aria-label={`Delete chat: ${c.title}`}
                  onClick={async () => {
                    if (c.id === current) await stop();
                    await deleteChat(c.id);
                  }}
                >
                  <Icon name="trash" />
                </button>
              </li>
            ))}
          </ul>
        )}
      </nav>
    </>
  );
}
