// When the app's own code fails to load, the usual reason is a new version: the host has replaced the
// files an open page still asks for. One reload of the address fetches the new version. A second
// failure on the same address soon after is left to the error message, so it can never loop.
const RELOADED = 'care-routes.reloaded-for-code';
const WINDOW_MS = 30_000;

/** Browsers word a failed import() differently: Chromium, Firefox, Safari. */
export function isCodeLoadError(error: unknown): boolean {
  return error instanceof Error && /dynamically imported module|Importing a module script failed|Failed to load module script/i.test(error.message);
}

/** True unless this address was reloaded for new code moments ago (or the tab cannot remember that it was). */
export function mayReloadForNewVersion(): boolean {
  try {
    const [at, address] = JSON.parse(globalThis.sessionStorage.getItem(RELOADED) ?? '[]') as [number?, string?];
    return !(address === location.href && Date.now() - (at ?? 0) < WINDOW_MS);
  } catch {
    return false;
  }
}

export function reloadForNewVersion(): void {
  try {
    globalThis.sessionStorage.setItem(RELOADED, JSON.stringify([Date.now(), location.href]));
  } catch {
    return; // without session storage a reload could not be told from a loop
  }
  location.reload();
}
