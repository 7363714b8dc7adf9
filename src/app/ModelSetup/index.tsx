/**
 * First run and every load until the model is ready: how much storage the download needs,
 * then progress (bytes, percent, rate) with Cancel, then integrity check and loading.
 */
import { formatBytes, formatRate, percent } from '../format';
import { cancelWork, downloadStalled, LOAD_STAGE_TEXT, modelName, phase, startDownload, takeOverModel } from '../state/model';
import { activeModelId, knownModel } from '../state/settings';
import { estimate, freeBytes, persistState, type PersistState } from '../state/storage';
import { Icon } from '../Icon';
import styles from './style.module.css';

const PERSIST_TEXT: Record<PersistState, string> = {
  unknown: 'not asked yet',
  asking: 'asked — waiting for the browser',
  granted: 'granted — the browser will not clear the model on its own',
  denied: 'not granted — the browser may clear the model when space runs low',
  unsupported: 'not supported by this browser',
};

export function StorageFacts() {
  const e = estimate.value;
  return (
    <dl class={styles.facts}>
      <div>
        <dt>Persistent storage</dt>
        <dd data-testid="persist-state">{PERSIST_TEXT[persistState.value]}</dd>
      </div>
      <div>
        <dt>Storage used</dt>
        <dd data-testid="storage-estimate">
          {e ? `${formatBytes(e.usage)} of ${formatBytes(e.quota)} available to this site` : 'unknown'}
        </dd>
      </div>
    </dl>
  );
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function Progress({ label, loaded, total, detail }: { label: string; loaded: number; total: number; detail: string }) {
  return (
    <div class={styles.progress}>
      <progress id="model-progress" max={100} value={percent(loaded, total)} aria-label={label} />
      <p class={styles.progressText} data-testid="progress-text">
        {detail}
      </p>
    </div>
  );
}

export function ModelSetup() {
  const p = phase.value;
  const model = knownModel(activeModelId());
  const name = modelName.value;
  if (p.kind === 'ready' || p.kind === 'error') return null;

  return (
    <section class={styles.card} aria-labelledby="model-setup-title" data-phase={p.kind}>
      <h2 id="model-setup-title" class={styles.title}>
        {p.kind === 'needs-download' ? `Download ${name}` : name}
      </h2>
      {p.kind === 'checking' && <p>Checking for a saved copy of the model…</p>}
      {p.kind === 'elsewhere' && (
        <>
          <p data-testid="model-elsewhere">
            The model is open in another tab of Pocket Coach. One tab holds it at a time, so the device keeps one copy in memory.
          </p>
          <button type="button" class="btn btn-primary" onClick={() => void takeOverModel()}>
            Use the model in this tab
          </button>
        </>
      )}
      {p.kind === 'needs-download' && <NeedsDownload missing={p.missingBytes} total={p.totalBytes} random={model?.randomWeights ?? false} />}
      {p.kind === 'downloading' && (
        <>
          <Progress
            label="Model download"
            loaded={p.loaded}
            total={p.total}
            detail={`${percent(p.loaded, p.total)}% · ${formatBytes(p.loaded)} of ${formatBytes(p.total)} · ${formatRate(p.bytesPerSecond)}`}
          />
          {downloadStalled.value && (
            <p class={styles.warn} role="status" data-testid="download-stalled">
              No data has arrived for a while: the connection may have stalled. The download goes on by itself when data comes;
              Cancel, then Download again, goes on from what is saved.
            </p>
          )}
          <button type="button" class="btn" onClick={cancelWork}>
            Cancel download
          </button>
          <StorageFacts />
        </>
      )}
      {p.kind === 'verifying' && (
        <Progress label="Integrity check" loaded={p.loaded} total={p.total} detail="Checking the saved model against its checksums…" />
      )}
      {p.kind === 'loading' && (
        <Progress
          label="Loading the model"
          loaded={p.loaded}
          total={p.total}
          detail={`${sentence(LOAD_STAGE_TEXT[p.stage])}…${p.total > 0 ? ` ${percent(p.loaded, p.total)}%` : ''}`}
        />
      )}
    </section>
  );
}

function NeedsDownload({ missing, total, random }: { missing: number; total: number; random: boolean }) {
  const free = freeBytes();
  const tooBig = free !== null && free < missing;
  return (
    <>
      <p data-testid="storage-needed">
        The model runs on this device and works offline once saved. It needs <strong>{formatBytes(missing)}</strong> of storage
        {missing < total ? ` (${formatBytes(total - missing)} already saved)` : ''}
        {free !== null ? `; about ${formatBytes(free)} is free for this site.` : '.'}
      </p>
      {random && <p class={styles.warn}>This is a test model with random weights: its answers are noise.</p>}
      {tooBig && <p class={styles.warn}>This may not fit: free some space on the device first.</p>}
      {!navigator.onLine && <p class={styles.warn}>You are offline. Connect to the internet to download the model.</p>}
      <button type="button" class="btn btn-primary" onClick={() => void startDownload()}>
        <Icon name="download" />
        Download model ({formatBytes(missing)})
      </button>
      <StorageFacts />
    </>
  );
}
