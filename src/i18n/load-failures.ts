// Languages whose interface strings could not be loaded (offline on a first visit, or a host that
// sent a page instead of the file). The page says so and offers to try again, instead of quietly
// showing English on an Arabic address.
import { useSyncExternalStore } from 'react';

const failed = new Set<string>();
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((listener) => listener());

export function recordLoad(language: string, ok: boolean): void {
  if (ok === !failed.has(language)) return;
  if (ok) failed.delete(language);
  else failed.add(language);
  changed();
}

export function useLanguageFailedToLoad(language: string): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => failed.has(language),
    () => false,
  );
}
