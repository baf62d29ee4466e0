// Page speed for `npm run bench`: Lighthouse (mobile preset, simulated slow 4G and a slow CPU) on
// Debian's Chromium, and a warm repeat visit with the network off, timed in the browser.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { launchChromium, chromiumPath } from './chromium.ts';

export interface LighthouseFigures {
  page: string;
  lang: string;
  path: string;
  /** Scores 0 to 100. */
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  totalBytes: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Median of `runs` Lighthouse runs for each page. */
export async function lighthouseFigures(origin: string, pages: { page: string; lang: string; path: string }[], runs = 3): Promise<LighthouseFigures[]> {
  const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    const figures: LighthouseFigures[] = [];
    for (const target of pages) {
      const samples: Omit<LighthouseFigures, 'page' | 'lang' | 'path'>[] = [];
      for (let run = 0; run < runs; run += 1) {
        const result = await lighthouse(origin + target.path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
        if (!result) throw new Error(`Lighthouse returned nothing for ${target.path}`);
        const { categories, audits } = result.lhr;
        const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
        const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
        samples.push({
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          lcpMs: Math.round(value('largest-contentful-paint')),
          tbtMs: Math.round(value('total-blocking-time')),
          cls: Math.round(value('cumulative-layout-shift') * 1000) / 1000,
          totalBytes: Math.round(value('total-byte-weight')),
        });
      }
      const pick = <K extends keyof (typeof samples)[number]>(key: K) => median(samples.map((sample) => sample[key]));
      figures.push({
        ...target,
        performance: pick('performance'),
        accessibility: pick('accessibility'),
        bestPractices: pick('bestPractices'),
        lcpMs: pick('lcpMs'),
        tbtMs: pick('tbtMs'),
        cls: pick('cls'),
        totalBytes: pick('totalBytes'),
      });
    }
    return figures;
  } finally {
    chrome.kill();
  }
}

/**
 * A warm repeat visit with the network off: install the app, go offline, open a page, and read the
 * browser's first contentful paint (from the start of the navigation). Median of `runs` visits.
 */
export async function offlineRepeatFcpMs(origin: string, path: string, runs = 5): Promise<number> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(origin + path);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
    await context.setOffline(true);
    const samples: number[] = [];
    for (let run = 0; run < runs + 1; run += 1) {
      const visit = await context.newPage();
      await visit.goto(origin + path);
      await visit.locator('h1').waitFor();
      const fcp = await visit.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              const entry = list.getEntriesByName('first-contentful-paint')[0];
              if (entry) resolve(entry.startTime);
            }).observe({ type: 'paint', buffered: true });
          }),
      );
      if (run > 0) samples.push(fcp); // the first visit warms the caches
      await visit.close();
    }
    return Math.round(median(samples));
  } finally {
    await browser.close();
  }
}
