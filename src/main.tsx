// Entry point, kept tiny: it is all the JavaScript a page needs before a person can use it. A page
// drawn at build time already works as plain HTML (links, the search form, the language menu), so
// the app that takes it over loads when the browser is idle, or as soon as the person starts to use
// the page. The shell (a page that depends on the person, or any page offline) starts it at once.
import { PREFIXED_LANGUAGES } from './i18n/language-paths';
import { preferredLanguageAddress, REDIRECT_KEYS } from './i18n/language-redirect';
import { isCodeLoadError, mayReloadForNewVersion, reloadForNewVersion } from './app/reload-for-new-version';
import './styles.css';

const FIRST_USE = ['pointerdown', 'keydown', 'focusin', 'touchstart'] as const;

function onSharedDevice(): boolean {
  try {
    return sessionStorage.getItem(REDIRECT_KEYS.sharedDevice) !== null;
  } catch {
    return false;
  }
}

/** Runs `begin` once: when the browser is next idle, or at the person's first touch or key, whichever is first. */
function whenIdleOrUsed(begin: () => void): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    FIRST_USE.forEach((type) => removeEventListener(type, once, true));
    begin();
  };
  FIRST_USE.forEach((type) => addEventListener(type, once, { capture: true, passive: true }));
  if ('requestIdleCallback' in window) requestIdleCallback(once, { timeout: 1000 });
  else setTimeout(once, 200);
}

const elsewhere = preferredLanguageAddress(window, PREFIXED_LANGUAGES, REDIRECT_KEYS);
const container = document.getElementById('root');
if (elsewhere) location.replace(elsewhere);
else if (container) {
  // Pre-rendered HTML is the page with no query; a page with one (explore's filters) is drawn afresh.
  // The switch for shared-device mode is not part of the page, and the mode needs the app at once.
  const query = new URLSearchParams(location.search);
  const sharedDevice = query.has('shared-device') || onSharedDevice();
  query.delete('shared-device');
  const prerendered = container.dataset.page === location.pathname && query.toString() === '';
  // A button pressed or a box ticked before the app has taken the page over (such as "Add to my plan"
  // or a filter) is held, then pressed again once the app is listening, so the choice is not lost or
  // undone when the app draws its own state. Links and forms work without it.
  const held: HTMLElement[] = [];
  const hold = (event: MouseEvent) => {
    const control = event.target instanceof Element ? event.target.closest<HTMLElement>('button[type="button"], input[type="checkbox"], input[type="radio"]') : null;
    if (!control) return;
    event.preventDefault();
    event.stopPropagation();
    const at = held.indexOf(control);
    // A box ticked and then unticked again comes to nothing.
    if (at >= 0 && control instanceof HTMLInputElement && control.type === 'checkbox') held.splice(at, 1);
    else if (at < 0) held.push(control);
  };
  addEventListener('click', hold, true);
  const begin = () =>
    void import('./app/start')
      .then(
        (app) => app.start(container, prerendered),
        // The page is still usable as drawn; a new version replaced the app's files under it.
        (error: unknown) => isCodeLoadError(error) && mayReloadForNewVersion() && reloadForNewVersion(),
      )
      .finally(() => {
        removeEventListener('click', hold, true);
        held.splice(0).forEach((control) => control.isConnected && control.click());
      });
  if (prerendered && !sharedDevice) whenIdleOrUsed(begin);
  else begin();
}
