// How the build is served: the headers every host must send (docs/deploy.md), and pages with no
// inline code, so the Content-Security-Policy holds with no exceptions.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../scripts/lib/static-host';
import { DIST, heading, useBrowser } from './support/browser';

function htmlFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'assets' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

describe('serving the build', () => {
  const harness = useBrowser();
  const get = (path: string) => fetch(harness.server.origin + path, { redirect: 'manual' });

  it('sends the security headers with every page, and caches only files whose names change with their content', async () => {
    const page = await get('/roles/care-worker');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('permissions-policy')).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    for (const path of ['/sw.js', '/manifest.webmanifest', '/shell.html', '/']) expect((await get(path)).headers.get('cache-control'), path).toBe('no-cache');

    const script = /src="(\/assets\/[^"]+\.js)"/.exec(await page.text())?.[1];
    const asset = await get(script ?? '');
    expect([asset.status, asset.headers.get('cache-control'), asset.headers.get('content-type')]).toEqual([200, 'public, max-age=31536000, immutable', 'text/javascript']);
    expect(asset.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers a missing file with a 404, never with a page, and an unknown page address with the app', async () => {
    const missing = await get('/assets/catalogue-gone.js');
    expect([missing.status, missing.headers.get('content-type')]).toEqual([404, 'text/plain; charset=utf-8']);
    const unknownPage = await get('/somewhere/new');
    expect(unknownPage.status).toBe(200);
    expect(unknownPage.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await unknownPage.text()).toBe(readFileSync(join(DIST, 'shell.html'), 'utf8'));
    expect(await (await get('/ar')).text()).toBe(readFileSync(join(DIST, 'ar/index.html'), 'utf8'));
  });

  it('compresses text for slow connections', async () => {
    const page = await get('/explore');
    expect(page.headers.get('content-encoding')).toBe('gzip');
  });

  it('builds pages with no inline script or style, so the policy needs no exceptions', () => {
    const files = htmlFiles(DIST);
    expect(files.length).toBeGreaterThan(3000);
    const inline = files.filter((file) => /<script(?![^>]*\ssrc=)[^>]*>|<style|\sstyle="/.test(readFileSync(file, 'utf8')));
    expect(inline.map((file) => file.slice(DIST.length))).toEqual([]);
  });

  it('catches a policy violation if one ever happens', async () => {
    const page = await harness.newPage();
    await page.goto(harness.server.origin + '/privacy');
    await heading(page);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    // Reported twice: by the page's own listener and by the browser's console.
    await expect.poll(() => harness.cspViolations.some((message) => message.startsWith('CSP violation: script-src'))).toBe(true);
    await expect.poll(() => harness.cspViolations.some((message) => message.includes('Content Security Policy'))).toBe(true);
    harness.cspViolations.splice(0);
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
  });
});
