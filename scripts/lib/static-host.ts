// Serves a production build the way Care Routes must be hosted (docs/deploy.md lists the same rules
// for nginx, Apache and static hosts): /roles/nurse from roles/nurse.html, /ar from ar/index.html,
// any other page address from the app's shell, and a missing file as a 404, never as a page. Every
// response carries the security headers; hashed assets are cached for a year, everything else is
// checked each time. `npm start`, the browser tests and the bench all serve through here, so the
// tests run under the same Content-Security-Policy as a real host.
import compression from 'compression';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/**
 * Nothing but this origin's own scripts, styles, images, data, manifest and service worker; no
 * framing, no <base>. Forms may only go to this origin: the search box on a page drawn at build time
 * works as a plain form until the app has loaded (ADR 6), so form-action is 'self', not 'none'.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** Browser features Care Routes never uses, turned off. Copying a link to the clipboard stays allowed. */
const UNUSED_FEATURES = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': UNUSED_FEATURES.map((feature) => `${feature}=()`).join(', '),
};

/** Hashed file names never change their content; pages, the service worker and the manifest must be checked every time. */
export function cacheControlFor(pathname: string): string {
  return pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

function filesIn(root: string, { watch }: { watch: boolean }): Handler {
  const files = sirv(root, {
    // The shell is for page addresses only: a missing /assets/x.js stays a 404 rather than HTML.
    single: 'shell.html',
    extensions: ['html'],
    etag: true,
    dev: watch,
    setHeaders: (response, pathname) => response.setHeader('Cache-Control', cacheControlFor(pathname)),
  });
  return (request, response) =>
    files(request, response, () => {
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/plain; charset=utf-8');
      response.setHeader('Cache-Control', 'no-cache');
      response.end('Not found');
    });
}

export interface StaticHost {
  origin: string;
  /** Serves another build from now on, as a deploy would. */
  serve(root: string): void;
  close(): Promise<void>;
}

/**
 * Starts a server for a build folder. `watch` rereads the folder on every request (for tests that
 * build or swap folders while it runs); without it the file list is read once, which is faster.
 */
export async function startStaticHost(root: string, { host = '127.0.0.1', port = 0, watch = false } = {}): Promise<StaticHost> {
  const compress = compression({ level: 9 });
  let files = filesIn(root, { watch });
  const server: Server = createServer((request, response) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    compress(request as Parameters<typeof compress>[0], response as Parameters<typeof compress>[1], () => files(request, response));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    origin: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`,
    serve(next) {
      files = filesIn(next, { watch });
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
