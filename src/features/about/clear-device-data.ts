// Removes everything Care Routes saved in this browser's storage.
// The offline copy of the app itself stays, so the app keeps working without the internet.
const PREFIX = 'care-routes.';

export function clearDeviceData(): void {
  for (const storage of [globalThis.localStorage, globalThis.sessionStorage]) {
    try {
      if (!storage) continue;
      Object.keys(storage)
        .filter((key) => key.startsWith(PREFIX))
        .forEach((key) => storage.removeItem(key));
    } catch {
      // Storage is blocked, so nothing was saved in it.
    }
  }
}
