// docs/deploy.md tells councils which headers to send on nginx, Apache and static hosts. It must say
// exactly what `npm start` sends, or a host set up from it would break the app or weaken its policy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheControlFor, SECURITY_HEADERS } from '../../scripts/lib/static-host';
import { hostHeadersFile } from '../../scripts/vite-plugin-host-headers';

const doc = readFileSync(join(process.cwd(), 'docs/deploy.md'), 'utf8');
const section = (heading: string) => doc.split(/^## /m).find((part) => part.startsWith(heading)) ?? '';

describe('docs/deploy.md', () => {
  it.each(['nginx', 'Apache'])('gives %s every security header with the exact value npm start sends', (host) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(section(host), name).toContain(`${name} "${value}"`);
  });

  it('gives the same caching as npm start', () => {
    expect(cacheControlFor('/assets/start-abc.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('/sw.js')).toBe('no-cache');
    for (const host of ['nginx', 'Apache']) {
      expect(section(host)).toContain('"public, max-age=31536000, immutable"');
      expect(section(host)).toContain('"no-cache"');
    }
  });

  it('matches the _headers file the build writes for Netlify and Cloudflare Pages', () => {
    const file = hostHeadersFile();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(file).toContain(`  ${name}: ${value}`);
      expect(doc).toContain(value);
    }
  });
});
