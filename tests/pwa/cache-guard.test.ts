import { describe, expect, it } from 'vitest';
import { isPageInPlaceOfFile } from '../../src/pwa/cache-guard';

describe('the service worker’s cache guard', () => {
  it('refuses a web page sent in place of a script, stylesheet, manifest or icon', () => {
    for (const file of ['/assets/start-abc123.js', '/assets/index-abc.css', '/manifest.webmanifest', '/icons/icon-192.png', '/favicon.svg']) {
      expect(isPageInPlaceOfFile(`https://example.org${file}`, 'text/html; charset=utf-8'), file).toBe(true);
      expect(isPageInPlaceOfFile(`https://example.org${file}`, 'text/javascript'), file).toBe(false);
    }
  });

  it('lets pages be pages', () => {
    for (const page of ['/shell.html', '/', '/roles/care-worker', '/ar/']) expect(isPageInPlaceOfFile(`https://example.org${page}`, 'text/html'), page).toBe(false);
  });
});
