// Serves a production build on 127.0.0.1, like any static host: /roles/nurse is roles/nurse.html,
// and an address with no file of its own gets the app's shell, shell.html.
// The served folder can be swapped while running, to deploy a "new version" under an open page.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
  origin: string;
  serve(directory: string): void;
  close(): Promise<void>;
}

export async function startStaticServer(directory: string): Promise<StaticServer> {
  const handlerFor = (root: string) => sirv(root, { single: 'shell.html', dev: true, etag: true });
  let handler = handlerFor(directory);
  const server: Server = createServer((request, response) => {
    // The service worker script must always be fetched fresh, as a real host should send it.
    if (request.url?.startsWith('/sw.js')) response.setHeader('Cache-Control', 'no-cache');
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    serve(root) {
      handler = handlerFor(root);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
