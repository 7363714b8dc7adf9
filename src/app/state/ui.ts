/** View state that is not stored: open panels, dismissed notices. */
import { computed, signal } from '@preact/signals';
import { generating } from './conversation';
import { modelBusy } from './model';

export const settingsOpen = signal(false);
export const chatListOpen = signal(false);
/** An answer is written or the model is downloaded, checked or loaded: no update, no delete now. */
export const busy = computed(() => generating.value || modelBusy.value);
/** Dismissed info notices, by key, for this visit. */
export const dismissed = signal<ReadonlySet<string>>(new Set());

export function dismiss(key: string): void {
  dismissed.value = new Set([...dismissed.value, key]);
}
