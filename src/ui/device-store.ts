// Everything Care Routes keeps about a person lives here, under keys starting "care-routes.".
// One place reads and writes storage, so a blocked or full store never breaks a page, and
// shared-device mode keeps everything in memory instead, so nothing is left behind on the device.
import { useCallback, useMemo, useSyncExternalStore } from 'react';

const PREFIX = 'care-routes.';
/** The storage key under which a value is kept, such as "care-routes.language". */
export const storageKey = (key: string) => PREFIX + key;
/**
 * Shared-device mode lasts as long as the browser tab, so a reload keeps it on. The flag says only
 * that the mode is on, nothing about anyone.
 */
export const SHARED_DEVICE_FLAG = `${PREFIX}shared-device`;
const memory = new Map<string, string>();
const listeners = new Set<() => void>();
let cache = new Map<string, unknown>();
let sharedDevice: boolean | undefined;

export function isSharedDevice(): boolean {
  if (sharedDevice === undefined) {
    try {
      sharedDevice = globalThis.sessionStorage?.getItem(SHARED_DEVICE_FLAG) === 'on';
    } catch {
      sharedDevice = false;
    }
  }
  return sharedDevice;
}

/** Turns shared-device mode on or off. Everything stored so far is forgotten either way. */
export function setSharedDevice(on: boolean): void {
  clearStored();
  sharedDevice = on;
  try {
    if (on) globalThis.sessionStorage?.setItem(SHARED_DEVICE_FLAG, 'on');
    else globalThis.sessionStorage?.removeItem(SHARED_DEVICE_FLAG);
  } catch {
    // Without session storage the mode lasts until the page is reloaded.
  }
  listeners.forEach((listener) => listener());
}

function read(key: string): string | null {
  if (isSharedDevice()) return memory.get(key) ?? null;
  try {
    return globalThis.localStorage?.getItem(PREFIX + key) ?? memory.get(key) ?? null;
  } catch {
    return memory.get(key) ?? null;
  }
}

/** Set once a save has failed (storage full, or blocked as in some private windows). */
let cannotSave = false;

function write(key: string, text: string): void {
  memory.set(key, text);
  if (isSharedDevice()) return;
  try {
    if (!globalThis.localStorage) throw new Error('No local storage');
    globalThis.localStorage.setItem(PREFIX + key, text);
  } catch {
    // Storage is full or blocked: keep it in memory for this visit, and say so (useCannotSave).
    cannotSave = true;
  }
}

/** The stored value, parsed; undefined when nothing is stored, and the raw text's parse error as null. */
export function readStored(key: string): unknown {
  if (cache.has(key)) return cache.get(key);
  const text = read(key);
  let value: unknown;
  try {
    value = text === null ? undefined : JSON.parse(text);
  } catch {
    value = null; // damaged: callers decide what they can salvage
  }
  cache.set(key, value);
  return value;
}

export function writeStored(key: string, value: unknown): void {
  write(key, JSON.stringify(value));
  cache.set(key, value);
  listeners.forEach((listener) => listener());
}

/** Forgets everything Care Routes stored, in memory and on the device. */
export function clearStored(): void {
  memory.clear();
  cache = new Map();
  for (const storage of [globalThis.localStorage, globalThis.sessionStorage]) {
    try {
      if (!storage) continue;
      Object.keys(storage)
        .filter((key) => key.startsWith(PREFIX) && key !== SHARED_DEVICE_FLAG)
        .forEach((key) => storage.removeItem(key));
    } catch {
      // Blocked storage holds nothing of ours.
    }
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * True once something could not be saved on this device, so the page can warn that it will be lost
 * when the browser closes. Never on a shared device, where keeping nothing is the point.
 */
export function useCannotSave(): boolean {
  return useSyncExternalStore(subscribe, () => cannotSave && !isSharedDevice(), () => false);
}

/** Whether shared-device mode is on, as React state. */
export function useSharedDeviceMode(): boolean {
  return useSyncExternalStore(subscribe, isSharedDevice, () => false);
}

/** A stored value as React state, shared by every component that uses the same key. */
export function useStored<T>(key: string, decode: (raw: unknown) => T): [T, (value: unknown) => void] {
  const raw = useSyncExternalStore(subscribe, () => readStored(key), () => undefined);
  const set = useCallback((value: unknown) => writeStored(key, value), [key]);
  const decoded = useMemo(() => decode(raw), [decode, raw]);
  return [decoded, set];
}
