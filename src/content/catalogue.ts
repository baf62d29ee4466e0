// Loads the checked catalogue on demand. It is its own chunk, so the first screen does not wait
// for it, and the service worker precaches it, so it is there offline.
import { useEffect, useState } from 'react';
import type { Catalogue } from '../core/model';

let pending: Promise<Catalogue> | undefined;

export function loadCatalogue(): Promise<Catalogue> {
  pending ??= import('virtual:catalogue').then(
    (module) => module.default,
    (error: unknown) => {
      pending = undefined; // let the next attempt try again, for example once back online
      throw error;
    },
  );
  return pending;
}

export type CatalogueState =
  | { status: 'loading' }
  | { status: 'ready'; catalogue: Catalogue }
  | { status: 'error'; retry: () => void };

export function useCatalogue(): CatalogueState {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<CatalogueState>({ status: 'loading' });
  useEffect(() => {
    let active = true;
    loadCatalogue().then(
      (catalogue) => active && setState({ status: 'ready', catalogue }),
      () => active && setState({ status: 'error', retry: () => setAttempt((count) => count + 1) }),
    );
    return () => {
      active = false;
    };
  }, [attempt]);
  return state;
}
