/**
 * Errors and notices, each with a sentence and a way on: model and storage errors, a worker
 * crash, a failed answer, and the backend facts a user should know (no WebGPU, one thread).
 */
import type { ComponentChildren } from 'preact';
import { chatError, regenerate } from '../state/conversation';
import { engineCrashed, engineRestart } from '../state/engine';
import { userError, type ErrorAction, type UserError } from '../state/errors';
import { loadedInfo, loadStalled, modelNotice, phase, prepareModel, retryModel, type AutoRetry } from '../state/model';
import { settings, updateSettings } from '../state/settings';
import { offlineReady } from '../state/update';
import { dismiss, dismissed, settingsOpen } from '../state/ui';
import styles from './style.module.css';

const ACTION_LABEL: Record<ErrorAction, string> = {
  retry: 'Try again',
  'use-wasm': 'Use WebAssembly',
  'restart-engine': 'Restart the model',
  'open-settings': 'Open settings',
  dismiss: 'Dismiss',
};

function Notice({ kind, children, actions }: { kind: 'error' | 'info'; children: ComponentChildren; actions: ComponentChildren }) {
  return (
    <div class={`${styles.notice} ${kind === 'error' ? styles.error : styles.info}`} role={kind === 'error' ? 'alert' : 'status'}>
      <div class={styles.text}>{children}</div>
      <div class={styles.actions}>{actions}</div>
    </div>
  );
}

function retryText({ attempt, of, inSeconds }: AutoRetry): string {
  const when = inSeconds === null ? 'as soon as this device is back online' : `in ${inSeconds} s`;
  return `Trying again by itself ${when} (try ${attempt} of ${of}).`;
}

function ErrorNotice({ error, onAction, retry }: { error: UserError; onAction: (a: ErrorAction) => void; retry?: AutoRetry | undefined }) {
  return (
    <Notice
      kind="error"
      actions={error.actions.map((a) => (
        <button key={a} type="button" class={`btn ${a === error.actions[0] ? 'btn-primary' : ''}`} onClick={() => onAction(a)}>
          {ACTION_LABEL[a]}
        </button>
      ))}
    >
      <p class={styles.message} data-error-type={error.type}>{error.message}</p>
      {error.detail && <p class={styles.detail}>{error.detail}</p>}
      {retry && <p class={styles.detail} data-testid="auto-retry">{retryText(retry)}</p>}
    </Notice>
  );
}

async function modelAction(a: ErrorAction): Promise<void> {
  if (a === 'use-wasm') {
    await updateSettings({ backend: 'wasm' });
    await prepareModel();
  } else if (a === 'restart-engine') {
    engineRestart();
    await prepareModel();
  } else if (a === 'open-settings') settingsOpen.value = true;
  else await retryModel();
}

function InfoNotice({ id, children, action }: { id: string; children: ComponentChildren; action?: ComponentChildren }) {
  if (dismissed.value.has(id)) return null;
  return (
    <Notice
      kind="info"
      actions={
        <>
          {action}
          <button type="button" class="btn" onClick={() => dismiss(id)}>
            Dismiss
          </button>
        </>
      }
    >
      {children}
    </Notice>
  );
}

export function Notices() {
  const p = phase.value;
  const info = loadedInfo.value;
  const chatErr = chatError.value;
  const noWebGpu = info && info.backend === 'wasm' && settings.value.backend === 'auto';
  const oneThread = info && info.backend === 'wasm' && info.threads === 1 && !crossOriginIsolated;
  return (
    <div class={styles.notices}>
      {p.kind === 'error' && <ErrorNotice error={p.error} retry={p.retry} onAction={(a) => void modelAction(a)} />}
      {engineCrashed.value && p.kind !== 'error' && (
        <ErrorNotice
          error={userError('worker-crashed')}
          onAction={(a) => void modelAction(a)}
        />
      )}
      {chatErr && chatErr.type !== 'worker-crashed' && (
        <ErrorNotice
          error={chatErr}
          onAction={(a) => {
            chatError.value = null;
            if (a === 'retry') void regenerate();
            else if (a !== 'dismiss') void modelAction(a);
          }}
        />
      )}
      {loadStalled.value && p.kind === 'loading' && (
        <ErrorNotice
          error={{
            type: 'internal',
            message: 'Loading the model is taking much longer than usual. Restart it; the downloaded files are kept.',
            detail: '',
            actions: ['restart-engine'],
          }}
          onAction={(a) => void modelAction(a)}
        />
      )}
      {modelNotice.value && <InfoNotice id={`notice:${modelNotice.value}`}>{modelNotice.value}</InfoNotice>}
      {noWebGpu && (
        <InfoNotice id="no-webgpu">
          <p class={styles.message}>WebGPU is not available here, so the model runs on the CPU with WebAssembly.</p>
          <p class={styles.detail}>{info.reason}</p>
        </InfoNotice>
      )}
      {oneThread && (
        <InfoNotice
          id="one-thread"
          action={
            offlineReady.value && (
              <button type="button" class="btn btn-primary" onClick={() => location.reload()}>
                Reload
              </button>
            )
          }
        >
          <p class={styles.message}>
            SharedArrayBuffer is not available (the page is not cross-origin isolated), so the model runs on one thread and answers
            are slower.{' '}
            {offlineReady.value
              ? 'The app is now saved for offline use: reloading the page usually fixes this.'
              : 'The server does not send the headers that allow threads.'}
          </p>
        </InfoNotice>
      )}
    </div>
  );
}
