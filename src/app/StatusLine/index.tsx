/** Model, backend, threads and the speed of the last answer. */
import { lastStats } from '../state/conversation';
import { loadedInfo, modelName, phase } from '../state/model';
import styles from './style.module.css';

const PHASE_TEXT: Record<string, string> = {
  checking: 'checking',
  'needs-download': 'not downloaded',
  downloading: 'downloading',
  verifying: 'checking integrity',
  loading: 'loading',
  error: 'not available',
  elsewhere: 'open in another tab',
};

export function StatusLine() {
  const info = loadedInfo.value;
  const stats = lastStats.value;
  const name = modelName.value;
  const parts = info
    ? [
        name,
        info.backend === 'webgpu' ? 'WebGPU' : 'WASM',
        `${info.threads} thread${info.threads === 1 ? '' : 's'}`,
        stats ? `${stats.decodeTokensPerSecond.toFixed(1)} tokens/s` : 'no answer yet',
      ]
    : [name, PHASE_TEXT[phase.value.kind] ?? ''];
  return (
    <p class={styles.status} data-testid="status-line" title={info?.reason}>
      {parts.map((p, i) => (
        <span key={i} class={styles.part}>
          {p}
        </span>
      ))}
    </p>
  );
}
