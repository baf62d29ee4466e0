// Serves a production build as a real host would: /roles/nurse from roles/nurse.html, /ar from
// ar/index.html, anything else from the app's shell; gzip for text; sw.js never cached. The bench
// measures pages through it, so Lighthouse sees the bytes a phone would download.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file a request path is served from, or the shell when there is none. */
export function fileFor(root: string, pathname: string): string {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidates = [clean, `${clean}.html`, join(clean, 'index.html')].map((path) => join(root, path));
  return candidates.find((path) => existsSync(path) && statSync(path).isFile()) ?? join(root, 'shell.html');
}

export async function serveDist(root: string): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = fileFor(root, pathname);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    response.setHeader('Content-Type', type);
    // Hashed assets never change; pages and the service worker are checked every time.
    response.setHeader('Cache-Control', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (/text|javascript|json|svg/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      response.setHeader('Content-Encoding', 'gzip');
      createReadStream(file).pipe(createGzip({ level: 9 })).pipe(response);
    } else {
      createReadStream(file).pipe(response);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
