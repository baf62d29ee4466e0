// The service worker: keeps the app's code, data and languages for offline use (precache), answers
// every page address with the shell, and waits for the person to choose "Reload" before a new version
// takes over (src/pwa/service-worker.ts sends SKIP_WAITING).
import { addPlugins, cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { isPageInPlaceOfFile } from './cache-guard';

declare const self: {
  __WB_MANIFEST: (string | PrecacheEntry)[];
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
};

// Refusing to cache fails the install, so a host that sends pages for files never leaves a broken
// offline copy; the install is tried again on the next visit.
addPlugins([{ cacheWillUpdate: async ({ request, response }) => (isPageInPlaceOfFile(request.url, response.headers.get('content-type')) ? null : response) }]);
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('/shell.html')));

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
