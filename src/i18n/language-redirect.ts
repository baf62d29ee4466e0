// Runs first, inline in the <head> of every page, before anything paints: a person who chose a
// language (or whose browser asks for one we have) and opens an address with no language in it,
// such as the installed app's start page or a link on an English poster, goes to the same page in
// their language. It must not import anything: scripts/prerender.ts writes its source into the page.

/** Storage keys, as src/ui/device-store.ts writes them. */
export interface RedirectKeys {
  language: string;
  sharedDevice: string;
}

/** Where src/ui/device-store.ts keeps the language and the shared-device flag (a unit test holds them together). */
export const REDIRECT_KEYS: RedirectKeys = { language: 'care-routes.language', sharedDevice: 'care-routes.shared-device' };

/** The parts of `window` it reads; storage is read inside a try, as it can be blocked. */
export interface RedirectScope {
  location: { pathname: string; search: string; hash: string };
  navigator: { languages?: readonly string[] };
  localStorage: Pick<Storage, 'getItem'>;
  sessionStorage: Pick<Storage, 'getItem'>;
}

/** The address to go to instead, or null to stay. */
export function preferredLanguageAddress(scope: RedirectScope, prefixed: readonly string[], keys: RedirectKeys): string | null {
  const { pathname, search, hash } = scope.location;
  if (prefixed.indexOf(pathname.split('/')[1] ?? '') >= 0) return null;
  // An adviser turning on shared-device mode: the app starts in English for the next person.
  if (search.indexOf('shared-device=') >= 0) return null;
  let wanted: string | null = null;
  try {
    // On a shared device every new person starts in English, whatever the last one chose.
    if (scope.sessionStorage.getItem(keys.sharedDevice)) return null;
    const saved: unknown = JSON.parse(scope.localStorage.getItem(keys.language) ?? 'null');
    if (typeof saved === 'string') wanted = saved;
  } catch {
    // Storage blocked or damaged: fall back to the browser's languages.
  }
  if (wanted === null) {
    const tags = scope.navigator.languages ?? [];
    for (let index = 0; index < tags.length && wanted === null; index += 1) {
      const base = (tags[index] ?? '').toLowerCase().split('-')[0] ?? '';
      if (base === 'en' || prefixed.indexOf(base) >= 0) wanted = base;
    }
  }
  if (wanted === null || prefixed.indexOf(wanted) < 0) return null;
  return '/' + wanted + (pathname === '/' ? '' : pathname) + search + hash;
}
