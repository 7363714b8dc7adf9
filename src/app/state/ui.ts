/** View state that is not stored: open panels and the composer's draft. */
import { signal } from '@preact/signals';

export const settingsOpen = signal(false);
export const chatListOpen = signal(false);
export const draft = signal('');
/** Dismissed info notices, by key, for this visit. */
export const dismissed = signal<ReadonlySet<string>>(new Set());

export function dismiss(key: string): void {
  dismissed.value = new Set([...dismissed.value, key]);
}
