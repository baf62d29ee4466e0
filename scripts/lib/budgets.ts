// The size budgets of issue 8, measured on a production build (dist/). Sizes are gzip at level 9,
// as the files are precompressed for serving (ADR 6 says why transfer size is what we budget).
// Used by the budget test, which fails `npm test`, and by `npm run bench`, which prints the figures.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { readManifest, staticClosure } from './vite-manifest.ts';

/** Limits in bytes (1 KB = 1,000 bytes, the stricter reading). */
export const BUDGETS = {
  homeJsGzipBytes: 100_000,
  cssGzipBytes: 20_000,
  catalogueGzipBytesMax: 250_000,
  precacheBytes: 5_000_000,
} as const;


export interface BudgetFigures {
  /**
   * JavaScript the home page needs before a person can use it. The page is HTML drawn at build time
   * whose links, search form and language menu work on their own, so this is the entry script that
   * the HTML loads (src/main.tsx).
   */
  homeJsGzipBytes: number;
  /** The app that then takes the home page over, loaded when the browser is idle, in the heaviest language. */
  homeAppJsGzipBytes: number;
  /** The same, per language: the app, the home page and that language's interface strings. */
  homeAppJsGzipBytesByLanguage: Record<string, number>;
  cssGzipBytes: number;
  /** One language's catalogue, its translations and its search index, for the heaviest language. */
  catalogueGzipBytesMax: number;
  catalogueGzipBytesByLanguage: Record<string, number>;
  /** Everything the service worker precaches for offline use, gzipped: what a first visit downloads. */
  precacheBytes: number;
  /** The same files as stored on the phone, uncompressed. */
  precacheRawBytes: number;
  precacheFiles: number;
}

const gzipSizes = new Map<string, number>();
function gzipSize(path: string): number {
  let size = gzipSizes.get(path);
  if (size === undefined) {
    size = gzipSync(readFileSync(path), { level: 9 }).length;
    gzipSizes.set(path, size);
  }
  return size;
}

const total = (dist: string, files: Iterable<string>) => [...files].reduce((sum, file) => sum + gzipSize(join(dist, file)), 0);

/** The URLs in the service worker's precache list, read from the built sw.js. */
export function precachedFiles(dist: string): string[] {
  const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
  // vite-plugin-pwa writes the list into src/pwa/sw.ts as JSON: [{"revision":...,"url":"assets/x.js"}, ...].
  const urls = [...worker.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1] ?? '');
  if (urls.length === 0) throw new Error('Found no precache list in dist/sw.js; has the service worker build changed?');
  return urls;
}

function allFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

export function measureBudgets(dist: string): BudgetFigures {
  const manifest = readManifest(dist);
  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry && key === 'index.html');
  if (!entryKey) throw new Error('The build has no index.html entry in dist/.vite/manifest.json.');
  const entryFiles = staticClosure(manifest, [entryKey]);
  const appFiles = staticClosure(manifest, ['src/app/start.tsx', 'src/features/home/HomePage.tsx'], new Set(entryFiles));

  const homeAppJsGzipBytesByLanguage: Record<string, number> = {};
  const catalogueGzipBytesByLanguage: Record<string, number> = {};
  for (const { code } of LANGUAGES) {
    const strings = code === 'en' ? [] : [`locales/${code}/common.json`];
    homeAppJsGzipBytesByLanguage[code] = total(dist, staticClosure(manifest, strings, new Set(appFiles)));
    const translations = code === 'en' ? [] : [`locales/${code}/content.json`];
    catalogueGzipBytesByLanguage[code] = total(dist, staticClosure(manifest, ['virtual:catalogue', `virtual:search/${code}`, ...translations]));
  }

  const css = allFiles(dist).filter((path) => path.endsWith('.css'));
  const precached = precachedFiles(dist).map((url) => join(dist, url));
  return {
    homeJsGzipBytes: total(dist, entryFiles),
    homeAppJsGzipBytes: Math.max(...Object.values(homeAppJsGzipBytesByLanguage)),
    homeAppJsGzipBytesByLanguage,
    cssGzipBytes: css.reduce((sum, path) => sum + gzipSize(path), 0),
    catalogueGzipBytesMax: Math.max(...Object.values(catalogueGzipBytesByLanguage)),
    catalogueGzipBytesByLanguage,
    precacheBytes: precached.reduce((sum, path) => sum + gzipSize(path), 0),
    precacheRawBytes: precached.reduce((sum, path) => sum + statSync(path).size, 0),
    precacheFiles: precached.length,
  };
}

/** Each budget that a build breaks, as a sentence naming the figure and the limit. */
export function budgetProblems(figures: BudgetFigures): string[] {
  return (Object.keys(BUDGETS) as (keyof typeof BUDGETS)[])
    .filter((name) => figures[name] > BUDGETS[name])
    .map((name) => `${name} is ${figures[name].toLocaleString('en-GB')} bytes, over the budget of ${BUDGETS[name].toLocaleString('en-GB')}`);
}
