/** Model, backend, threads and the speed of the last answer. */
import type { ModelManifest } from '../../shared/manifest';
import type { LoadedInfo } from '../../shared/protocol';
import { lastStats } from '../state/conversation';
import { LOAD_STAGE_TEXT, loadedInfo, manifest, modelName, phase } from '../state/model';
import styles from './style.module.css';

const PHASE_TEXT: Record<string, string> = {
  checking: 'checking',
  'needs-download': 'not downloaded',
  downloading: 'downloading',
  verifying: 'checking integrity',
  error: 'not available',
  elsewhere: 'open in another tab',
};

/** On WASM the engine computes in float32 or int8 unpacked from the q4 download when it can. */
function cpuForm(info: LoadedInfo, m: ModelManifest | null): string {
  const variant = m?.variants[info.variant];
  if (!variant?.unpackFrom) return '';
  return variant.quantization === 'int8' ? ', int8 (memory saver)' : ', float32';
}

export function StatusLine() {
  const info = loadedInfo.value;
  const stats = lastStats.value;
  const name = modelName.value;
  const p = phase.value;
  const parts = info
    ? [
        name,
        info.backend === 'webgpu' ? 'WebGPU' : `WASM${cpuForm(info, manifest.value)}`,
        `${info.threads} thread${info.threads === 1 ? '' : 's'}`,
        stats ? `${stats.decodeTokensPerSecond.toFixed(1)} tokens/s` : 'no answer yet',
      ]
    : [name, p.kind === 'loading' ? LOAD_STAGE_TEXT[p.stage] : (PHASE_TEXT[p.kind] ?? '')];
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
