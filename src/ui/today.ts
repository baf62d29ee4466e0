// Today's date, for hiding offers that have ended and dating plans.
import { useSyncExternalStore } from 'react';

/** Today as YYYY-MM-DD, in the person's own time zone. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The day a pre-rendered page was built, written on its root by the build (data-built). */
function builtOn(): string {
  return globalThis.document?.getElementById('root')?.dataset.built ?? today();
}

const noChanges = () => () => {};

/**
 * Today, as React state. A pre-rendered page first renders with the day it was built, so taking it
 * over matches the HTML exactly; React then renders again with the real date, which hides anything
 * that ended in between.
 */
export function useToday(): string {
  return useSyncExternalStore(noChanges, today, builtOn);
}
