import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/ui/paths';
import { heading, useBrowser } from './support/browser';

// Every static page (with a plan saved, and /p as a broken plan link), three role pages (open to all, clinical, registered), three kinds of question and a missing page.
const ROUTES = [
  ...Object.values(paths),
  '/roles/care-worker',
  '/roles/healthcare-support-worker',
  '/roles/registered-nurse',
  '/find/age',
  '/find/current-role',
  '/find/right-to-work',
  // One page of each catalogue record kind, each with the most facts of its kind.
  '/apprenticeships/health-and-social-care-foundation-apprenticeship',
  '/qualifications/care-certificate',
  '/registration/nmc-nurse-overseas',
  '/programmes/building-bridges',
  // Explore with filters set, the map lit up from one role, three jobs compared, and search results.
  '/explore?level=0&sector=social-care&part-time=yes',
  '/pathways?from=healthcare-support-worker',
  '/compare?roles=nursing-associate,senior-care-worker,registered-nurse',
  '/search?q=nurse',
  // The area with the most local offers.
  '/near-you/east-london',
  '/no-such-page',
];
/** A plan with a step done, a note and a date, so the plan page and its printout have something in them. */
const SAVED_PLAN = JSON.stringify({
  version: 2,
  steps: [
    { id: 'job:care-worker', addedOn: '2026-11-23', done: true },
    { id: 'course:care-certificate', addedOn: '2026-11-23', done: false, note: 'Ask about paid study time', targetDate: '2027-02-01' },
    { id: 'volunteering:health-and-care', addedOn: '2026-11-23', done: false },
  ],
});
// English, and two right-to-left languages: Arabic in Naskh and Urdu in Nastaliq, whose tall lines test wrapping.
const LANGUAGES = ['en', 'ar', 'ur'];
/** 320 px is a small phone; 640 px is a 1280 px screen at 200% zoom; 1280 px is a laptop. */
const WIDTHS = [320, 640, 1280];

describe('accessibility of every page', () => {
  const harness = useBrowser();

  describe.each(LANGUAGES)('in %s', (language) => {
    it.each(ROUTES)('%s passes axe (WCAG 2.2 AA) and never scrolls sideways', async (route) => {
      const context = await harness.newContext();
      await context.addInitScript(
        ([code, plan]) => {
          if (location.protocol !== 'http:') return;
          localStorage.setItem('care-routes.language', JSON.stringify(code));
          localStorage.setItem('care-routes.plan', plan);
        },
        [language, SAVED_PLAN] as const,
      );
      const page = await context.newPage();
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(harness.server.origin + route);
        await heading(page);
        await page.waitForLoadState('networkidle');
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);

        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        const violations = results.violations.map((violation) => `${width}px ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        expect(violations).toEqual([]);

        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${route} scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
      }
    });
  });
});
