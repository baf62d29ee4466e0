// Shared-device (job fair) mode: one tablet, a queue of people. Nothing is written to the device
// (see device-store.ts), and "Finish and clear", or a few idle minutes, wipes what the last person
// did and starts the app afresh in the default language, with their pages gone from the back button.
import { useSyncExternalStore } from 'react';
import { clearStored, setSharedDevice } from './device-store';

/** ?shared-device=on in the address turns the mode on (how an organisation sets up a kiosk); =off turns it off. */
export const SHARED_DEVICE_PARAMETER = 'shared-device';
/** Set just before the wipe reloads the app, so the new page knows to cut off the old forward history. */
const FRESH_START = 'care-routes.fresh-start';

let clearing = false;
const listeners = new Set<() => void>();

/** True from the moment "Finish and clear" starts until the app reloads: pages show nothing meanwhile. */
export function useClearing(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => clearing,
    () => false,
  );
}

function sessionFlag(action: 'take' | 'set'): boolean {
  try {
    if (action === 'set') {
      globalThis.sessionStorage?.setItem(FRESH_START, '1');
      return true;
    }
    const was = globalThis.sessionStorage?.getItem(FRESH_START) === '1';
    globalThis.sessionStorage?.removeItem(FRESH_START);
    return was;
  } catch {
    return false;
  }
}

/**
 * Run once as the app starts, before the router: applies ?shared-device= and removes it from the
 * address, and after a wipe adds a fresh history entry, which drops the last person's pages from
 * the forward history.
 */
export function startSharedDeviceFromAddress(): void {
  const url = new URL(globalThis.location.href);
  const requested = url.searchParams.get(SHARED_DEVICE_PARAMETER);
  if (requested === 'on' || requested === 'off') setSharedDevice(requested === 'on');
  if (requested !== null) {
    url.searchParams.delete(SHARED_DEVICE_PARAMETER);
    globalThis.history.replaceState(null, '', url);
  }
  if (sessionFlag('take')) globalThis.history.pushState(null, '', globalThis.location.href);
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/**
 * Removes everything a browser might keep for this site about a person: Care Routes' own keys, and,
 * to be sure, any database or runtime cache. Workbox's precache stays: it holds only the app's own
 * files, so the next person can still use it offline.
 */
export async function wipeDevice(): Promise<void> {
  clearStored();
  try {
    const databases = (await globalThis.indexedDB?.databases?.()) ?? [];
    await Promise.all(databases.flatMap((database) => (database.name && !database.name.startsWith('workbox') ? [deleteDatabase(database.name)] : [])));
  } catch {
    // No IndexedDB here, so nothing in it.
  }
  try {
    const names = (await globalThis.caches?.keys()) ?? [];
    await Promise.all(names.filter((name) => !name.includes('precache')).map((name) => caches.delete(name)));
  } catch {
    // No Cache Storage here, so nothing in it.
  }
}

/** Waits for the browser to go back `steps` entries in this tab's history. */
function goBack(steps: number): Promise<void> {
  return new Promise((resolve) => {
    globalThis.addEventListener('popstate', () => resolve(), { once: true });
    globalThis.history.go(-steps);
  });
}

/**
 * Ends one person's conversation: hides the page, wipes the device, goes back to the first page of
 * this visit and reloads the start page there, so neither memory nor the back button keeps anything.
 */
export async function finishAndClear(): Promise<void> {
  clearing = true;
  listeners.forEach((listener) => listener());
  await wipeDevice();
  sessionFlag('set');
  // React Router numbers the entries it makes; entry 0 is where this visit began.
  const index = (globalThis.history.state as { idx?: unknown } | null)?.idx;
  if (typeof index === 'number' && index > 0) await goBack(index);
  globalThis.location.replace(import.meta.env.BASE_URL);
}
