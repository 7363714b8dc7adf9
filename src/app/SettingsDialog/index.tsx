/**
 * Settings: model, backend, sampling. Sampling fields left empty follow the model's defaults.
 * A model or backend change reloads the model when the dialog closes.
 */
import modelIndex from 'virtual:model-index';
import { useEffect, useRef } from 'preact/hooks';
import type { BackendChoice, CpuMode } from '../../shared/protocol';
import { formatBytes } from '../format';
import { Icon } from '../Icon';
import { StorageFacts } from '../ModelSetup';
import { deleteDownloadedModel, loadedInfo, manifest, phase, prepareModel } from '../state/model';
import { activeModelId, answerTokenLimit, modelOverride, settings, updateSettings, type Settings } from '../state/settings';
import { refreshStorage } from '../state/storage';
import { busy, settingsOpen } from '../state/ui';
import styles from './style.module.css';

const BACKENDS: Array<{ value: BackendChoice; label: string; hint: string }> = [
  { value: 'auto', label: 'Automatic', hint: 'WebGPU when the device has it, else WebAssembly' },
  { value: 'webgpu', label: 'WebGPU', hint: 'the graphics processor' },
  { value: 'wasm', label: 'WebAssembly', hint: 'the CPU; works everywhere' },
];

const CPU_MODES: Array<{ value: CpuMode; label: string; hint: string }> = [
  { value: 'auto', label: 'Automatic', hint: 'fast, or the memory saver on devices with little memory' },
  { value: 'float32', label: 'Fast', hint: 'float32, about 1.2 GB of memory' },
  { value: 'int8', label: 'Memory saver', hint: 'int8, about half the memory, nearly the same answers' },
  { value: 'q4', label: 'As downloaded', hint: '4-bit, slowest' },
];

type NumericKey = 'temperature' | 'topP' | 'maxNewTokens';

function NumberField(props: { id: NumericKey; label: string; min: number; max: number; step: number; fallback: number | undefined }) {
  const value = settings.value[props.id];
  return (
    <div class={styles.field}>
      <label for={`setting-${props.id}`}>{props.label}</label>
      <input
        id={`setting-${props.id}`}
        type="number"
        inputMode="decimal"
        min={props.min}
        max={props.max}
        step={props.step}
        value={value ?? ''}
        placeholder={props.fallback !== undefined ? `${props.fallback} (model default)` : 'model default'}
        onInput={(e) => {
          // Store each valid value as typed (Firefox may fire no 'change' before the dialog closes);
          // out-of-range text waits for blur, where it is clamped.
          const raw = e.currentTarget.value.trim();
          const n = Number(raw);
          if (raw === '') void updateSettings({ [props.id]: null } as Partial<Settings>);
          else if (Number.isFinite(n) && n >= props.min && n <= props.max) void updateSettings({ [props.id]: n } as Partial<Settings>);
        }}
        onBlur={(e) => {
          const raw = e.currentTarget.value.trim();
          const n = Number(raw);
          const next = raw === '' || !Number.isFinite(n) ? null : Math.min(props.max, Math.max(props.min, n));
          e.currentTarget.value = next === null ? '' : String(next);
          void updateSettings({ [props.id]: next } as Partial<Settings>);
        }}
      />
    </div>
  );
}

export function SettingsDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const opened = useRef<{ modelId: string; backend: BackendChoice; cpuMode: CpuMode } | null>(null);
  const open = settingsOpen.value;

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      opened.current = { modelId: settings.value.modelId, backend: settings.value.backend, cpuMode: settings.value.cpuMode };
      void refreshStorage();
      d.showModal();
    } else if (!open && d.open) d.close();
  }, [open]);

  const onClose = () => {
    settingsOpen.value = false;
    const before = opened.current;
    opened.current = null;
    const s = settings.value;
    if (before && (before.modelId !== s.modelId || before.backend !== s.backend || before.cpuMode !== s.cpuMode)) void prepareModel();
  };

  const s = settings.value;
  const sampling = manifest.value?.sampling;
  return (
    <dialog ref={dialog} class={styles.dialog} aria-labelledby="settings-title" onClose={onClose}>
      <form method="dialog" class={styles.form} noValidate>
        <div class={styles.head}>
          <h2 id="settings-title" class={styles.title}>
            Settings
          </h2>
          <button type="submit" class="btn btn-icon" aria-label="Close settings">
            <Icon name="close" />
          </button>
        </div>

        <div class={styles.field}>
          <label for="setting-model">Model</label>
          <select
            id="setting-model"
            value={s.modelId}
            disabled={modelOverride !== null}
            onChange={(e) => void updateSettings({ modelId: e.currentTarget.value })}
          >
            {modelIndex.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name} — {formatBytes(m.totalBytes)}
                {m.randomWeights ? ' (test model, random weights)' : ''}
              </option>
            ))}
          </select>
          {modelOverride !== null && <p class={styles.hint}>This visit uses “{activeModelId()}” from the page address.</p>}
        </div>

        <fieldset class={styles.fieldset}>
          <legend>Backend</legend>
          {BACKENDS.map((b) => (
            <label key={b.value} class={styles.radio}>
              <input
                type="radio"
                name="backend"
                value={b.value}
                checked={s.backend === b.value}
                onChange={() => void updateSettings({ backend: b.value })}
              />
              <span>
                {b.label} <span class={styles.hintInline}>— {b.hint}</span>
              </span>
            </label>
          ))}
          {loadedInfo.value && <p class={styles.hint} data-testid="backend-reason">Now: {loadedInfo.value.reason}</p>}
        </fieldset>

        <fieldset class={styles.fieldset}>
          <legend>On the CPU (WebAssembly)</legend>
          {CPU_MODES.map((m) => (
            <label key={m.value} class={styles.radio}>
              <input
                type="radio"
                name="cpu-mode"
                value={m.value}
                checked={s.cpuMode === m.value}
                onChange={() => void updateSettings({ cpuMode: m.value })}
              />
              <span>
                {m.label} <span class={styles.hintInline}>— {m.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>

        <fieldset class={styles.fieldset}>
          <legend>Answers</legend>
          <label class={styles.radio}>
            <input
              type="checkbox"
              name="useNotes"
              checked={s.useNotes}
              onChange={(e) => void updateSettings({ useNotes: (e.currentTarget as HTMLInputElement).checked })}
            />
            <span>
              Answer from the Pocket Coach notes{' '}
              <span class={styles.hintInline}>— reviewed passages, shown under each answer; off: the model answers alone</span>
            </span>
          </label>
          <label class={styles.radio}>
            <input
              type="checkbox"
              name="quoteNotes"
              checked={s.quoteNotes}
              disabled={!s.useNotes}
              onChange={(e) => void updateSettings({ quoteNotes: (e.currentTarget as HTMLInputElement).checked })}
            />
            <span>
              Answer in the notes’ own sentences{' '}
              <span class={styles.hintInline}>— the model picks and orders whole sentences of the notes; off: it words the answer itself and may mix up figures</span>
            </span>
          </label>
          <label class={styles.radio}>
            <input
              type="checkbox"
              name="shortAnswers"
              checked={s.shortAnswers}
              disabled={!s.useNotes || !s.quoteNotes}
              onChange={(e) => void updateSettings({ shortAnswers: (e.currentTarget as HTMLInputElement).checked })}
            />
            <span>
              Short answers{' '}
              <span class={styles.hintInline}>— two passages of the notes, not up to four: about half as long, and may leave out a fact the notes under the answer hold</span>
            </span>
          </label>
          <NumberField id="temperature" label="Temperature (0 = always the likeliest word)" min={0} max={2} step={0.05} fallback={sampling?.temperature} />
          <NumberField id="topP" label="Top-p" min={0.05} max={1} step={0.05} fallback={sampling?.topP} />
          <NumberField id="maxNewTokens" label="Longest answer (tokens)" min={8} max={answerTokenLimit() ?? 2048} step={1} fallback={sampling?.maxNewTokens} />
          <button
            type="button"
            class="btn"
            onClick={() => void updateSettings({ temperature: null, topP: null, maxNewTokens: null })}
          >
            Use the model’s defaults
          </button>
        </fieldset>

        <fieldset class={styles.fieldset}>
          <legend>Storage</legend>
          <StorageFacts />
          <button type="button" class="btn" disabled={busy.value} onClick={() => void deleteDownloadedModel()}>
            <Icon name="trash" />
            Delete the downloaded model
          </button>
        </fieldset>
      </form>
    </dialog>
  );
}
