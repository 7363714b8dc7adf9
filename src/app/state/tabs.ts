/**
 * The app open in several tabs of one browser: a BroadcastChannel says "this chat changed" so the
 * other tabs show it, and a Web Lock names the one tab that holds the model (one copy in memory).
 * Without Web Locks (old browsers) every tab holds its own model, as before.
 */

export type TabMessage = { type: 'chat-saved'; id: string } | { type: 'index-changed' };

const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('pocket-coach');

export function tellOtherTabs(message: TabMessage): void {
  channel?.postMessage(message);
}

export function onOtherTab(listener: (message: TabMessage) => void): void {
  channel?.addEventListener('message', (event: MessageEvent<TabMessage>) => listener(event.data));
}

const MODEL_LOCK = 'pocket-coach-model';
const locks: LockManager | null = typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null;
let held = locks === null;
let waiting: AbortController | null = null;

/**
 * Takes the model lock: 'if-free' gives up when another tab holds it, 'take' takes it from that tab.
 * `onLost` runs when another tab takes it from this one later.
 */
export function acquireModel(mode: 'if-free' | 'take', onLost: () => void): Promise<boolean> {
  if (held) return Promise.resolve(true);
  waiting?.abort();
  waiting = null;
  return new Promise<boolean>((resolve) => {
    const options: LockOptions = mode === 'take' ? { steal: true } : { ifAvailable: true };
    locks!
      .request(MODEL_LOCK, options, (lock) => (lock ? holdUntilLost(resolve) : resolve(false)))
      .catch(() => lost(onLost));
  });
}

/** Waits until no tab holds the model (the holder was closed), then takes it and calls `onGot`. */
export function waitForModel(onGot: () => void, onLost: () => void): void {
  if (held || !locks) return;
  waiting?.abort();
  const controller = new AbortController();
  waiting = controller;
  locks
    .request(MODEL_LOCK, { signal: controller.signal }, () => holdUntilLost(() => onGot()))
    .catch(() => (controller.signal.aborted ? undefined : lost(onLost)));
}

function holdUntilLost(granted: (ok: true) => void): Promise<void> {
  held = true;
  waiting = null;
  granted(true);
  // Held for the life of the page, unless another tab steals it (the request then rejects).
  return new Promise<void>(() => undefined);
}

function lost(onLost: () => void): void {
  if (!held) return;
  held = false;
  onLost();
}

/** True when another tab holds the model now. */
export async function modelHeldElsewhere(): Promise<boolean> {
  if (held || !locks) return false;
  const state = await locks.query();
  return (state.held ?? []).some((l) => l.name === MODEL_LOCK);
}
