/** The page: header, chat list, conversation with the model's state, composer, status line. */
import { useEffect, useState } from 'preact/hooks';
import { ChatList } from '../ChatList';
import { ChatView } from '../ChatView';
import { Composer } from '../Composer';
import { Header } from '../Header';
import { ModelSetup } from '../ModelSetup';
import { Notices } from '../Notices';
import { SettingsDialog } from '../SettingsDialog';
import { StatusLine } from '../StatusLine';
import { UpdateBanner } from '../UpdateBanner';
import { loadChats } from '../state/chats';
import { phase, prepareModel } from '../state/model';
import { loadSettings } from '../state/settings';
import { refreshStorage } from '../state/storage';
import { busy } from '../state/ui';
import styles from './style.module.css';

export function App() {
  const [started, setStarted] = useState(false);
  useEffect(() => {
    void Promise.all([loadSettings(), loadChats()]).then(() => {
      setStarted(true);
      void refreshStorage();
      void prepareModel();
    });
  }, []);
  const p = phase.value.kind;
  return (
    <div class={styles.app} data-started={started} data-phase={p}>
      <Header />
      <UpdateBanner busy={busy.value} />
      <div class={styles.body}>
        <ChatList />
        <main class={styles.main}>
          <Notices />
          <ModelSetup />
          <ChatView />
          <div class={styles.footer}>
            <Composer />
            <StatusLine />
          </div>
        </main>
      </div>
      <SettingsDialog />
    </div>
  );
}
