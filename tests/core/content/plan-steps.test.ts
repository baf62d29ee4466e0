import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describePlanStep, planStepIds } from '../../../src/core/content';
import { profileArbitrary } from '../../../scripts/lib/profile-arbitrary';
import { rankNextSteps } from '../../../src/core/match';
import { realCatalogue } from '../../support/catalogue';

const catalogue = realCatalogue();

describe('what a plan step is', () => {
  it('knows every step a plan can hold, with a title or an engine title and a place to go next', () => {
    for (const id of planStepIds(catalogue)) {
      const info = describePlanStep(catalogue, id);
      expect(info, id).toBeDefined();
      expect(info!.title ?? info!.titleKey, id).toBeTruthy();
      if (info!.action !== 'volunteering') expect(info!.link?.url, id).toMatch(/^https:\/\//);
    }
  });

  it('knows every step the engine can suggest', () => {
    fc.assert(
      fc.property(profileArbitrary(catalogue), (profile) => {
        for (const step of rankNextSteps(profile, catalogue, { today: '2026-11-23', limitPerGroup: 50 })) {
          expect(describePlanStep(catalogue, step.id), step.id).toBeDefined();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('links a job to its role page and a course to its qualification page', () => {
    expect(describePlanStep(catalogue, 'job:care-worker')).toMatchObject({ action: 'job', title: 'Care worker', page: { kind: 'role', id: 'care-worker' } });
    expect(describePlanStep(catalogue, 'course:care-certificate')).toMatchObject({ action: 'course', page: { kind: 'qualification', id: 'care-certificate' } });
  });

  it('has nothing to say about a step the catalogue no longer has, and never throws', () => {
    expect(describePlanStep(catalogue, 'job:chimney-sweep')).toBeUndefined();
    expect(describePlanStep(catalogue, 'nonsense')).toBeUndefined();
    fc.assert(fc.property(fc.string(), (id) => void describePlanStep(catalogue, id)), { numRuns: 1000 });
  });
});
