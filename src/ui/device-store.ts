// Everything Care Routes keeps about a person lives here, under keys starting "care-routes.".
// One place reads and writes storage, so a blocked or full store never breaks a page, and
// shared-device mode can keep everything in memory instead.
import { useCallback, useMemo, useSyncExternalStore } from 'react';

const PREFIX = 'care-routes.';
const memory = new Map<string, string>();
const listeners = new Set<() => void>();
let cache = new Map<string, unknown>();

function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(PREFIX + key) ?? memory.get(key) ?? null;
  } catch {
    return memory.get(key) ?? null;
  }
}

function write(key: string, text: string): void {
  memory.set(key, text);
  try {
    globalThis.localStorage?.setItem(PREFIX + key, text);
  } catch {
    // Storage is full or blocked (private mode): keep it in memory for this visit.
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
        .filter((key) => key.startsWith(PREFIX))
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

/** A stored value as React state, shared by every component that uses the same key. */
export function useStored<T>(key: string, decode: (raw: unknown) => T): [T, (value: unknown) => void] {
  const raw = useSyncExternalStore(subscribe, () => readStored(key), () => undefined);
  const set = useCallback((value: unknown) => writeStored(key, value), [key]);
  const decoded = useMemo(() => decode(raw), [decode, raw]);
  return [decoded, set];
}
