// The size budgets of issue 8, checked on the production build that the browser tests use.
// `npm run bench` prints the same figures (scripts/lib/budgets.ts measures them).
import { describe, expect, it } from 'vitest';
import { BUDGETS, measureBudgets } from '../../scripts/lib/budgets';
import { DIST } from './support/browser';

describe('the production build stays within its size budgets', () => {
  const figures = measureBudgets(DIST);

  it('the home page needs at most 100 KB of JavaScript, gzipped, before a person can use it', () => {
    expect(figures.homeJsGzipBytes).toBeGreaterThan(0);
    expect(figures.homeJsGzipBytes).toBeLessThanOrEqual(BUDGETS.homeJsGzipBytes);
  });

  it('CSS is at most 20 KB gzipped', () => {
    expect(figures.cssGzipBytes).toBeGreaterThan(0);
    expect(figures.cssGzipBytes).toBeLessThanOrEqual(BUDGETS.cssGzipBytes);
  });

  it("each language's catalogue, translations and search index together are at most 250 KB gzipped", () => {
    const over = Object.entries(figures.catalogueGzipBytesByLanguage).filter(([, bytes]) => bytes > BUDGETS.catalogueGzipBytesMax);
    expect(over).toEqual([]);
    expect(Object.keys(figures.catalogueGzipBytesByLanguage)).toHaveLength(15);
  });

  it('everything precached for offline, in every language, is under 5 MB to download', () => {
    expect(figures.precacheBytes).toBeLessThan(BUDGETS.precacheBytes);
    // Pre-rendered pages are for first visits and are not precached: offline, the shell draws them.
    expect(figures.precacheFiles).toBeLessThan(200);
  });
});
