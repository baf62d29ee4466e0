// Vite plugin: writes dist/_headers, the file Netlify and Cloudflare Pages read for response headers,
// from the same rules `npm start` follows (scripts/lib/static-host.ts), so a council that deploys to
// either gets the Content-Security-Policy and caching without copying anything by hand.
import type { Plugin } from 'vite';
import { SECURITY_HEADERS } from './lib/static-host.ts';

export function hostHeadersFile(): string {
  const security = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return ['/*', ...security, '', '/assets/*', '  Cache-Control: public, max-age=31536000, immutable', ''].join('\n');
}

export function hostHeaders(): Plugin {
  return {
    name: 'care-routes-host-headers',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: hostHeadersFile() });
    },
  };
}
