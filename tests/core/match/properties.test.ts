// Rules that must hold for every profile, checked over thousands of random ones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageFits, rankNextSteps } from '../../../src/core/match';
import { parseProfile, type Profile } from '../../../src/core/model';
import { profileArbitrary } from '../../../scripts/lib/profile-arbitrary';
import { realCatalogue } from '../../support/catalogue';

const catalogue = realCatalogue();
const profiles = profileArbitrary(catalogue);
const rank = (profile: Profile) => rankNextSteps(profile, catalogue, { today: '2026-11-23' });
const roleOf = (id: string | undefined) => catalogue.roles.find((role) => role.id === id);
const RUNS = { numRuns: 2000 };

describe('for any profile', () => {
  it('is a valid profile and never throws, with scores from 0 to 100 and unique ids', () => {
    fc.assert(
      fc.property(profiles, (profile) => {
        expect(parseProfile(profile).problems).toEqual([]);
        const steps = rank(profile);
        expect(new Set(steps.map((step) => step.id)).size).toBe(steps.length);
        for (const step of steps) expect(step.score >= 0 && step.score <= 100).toBe(true);
      }),
      RUNS,
    );
  });

  it('offers no paid job or apprenticeship without the right to work, and says why', () => {
    fc.assert(
      fc.property(profiles, (base) => {
        const steps = rank({ ...base, rightToWork: 'no' });
        expect(steps.filter((step) => step.kind === 'job' || step.kind === 'apprenticeship')).toEqual([]);
        expect(steps.find((step) => step.kind === 'volunteering')?.reasons[0]?.key).toBe('reason.noRightToWorkYet');
      }),
      RUNS,
    );
  });

  it('never suggests a job or apprenticeship the person is too young or too old for', () => {
    fc.assert(
      fc.property(profiles, (profile) => {
        for (const step of rank(profile)) {
          if (step.kind === 'job') expect(roleOf(step.refs[0])?.checks.minimumAge ?? 0).toBeLessThanOrEqual(profile.age);
          if (step.kind === 'apprenticeship') {
            const apprenticeship = catalogue.apprenticeships.find((item) => item.id === step.refs[0]);
            expect(apprenticeship && ageFits(apprenticeship.ageRange, profile).fits).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('never offers a regulated profession as a job to someone not registered for it', () => {
    fc.assert(
      fc.property(profiles, (profile) => {
        for (const step of rank(profile).filter((item) => item.kind === 'job')) {
          const role = roleOf(step.refs[0]);
          if (role?.regulation && role.regulation.regulator !== 'cqc') {
            expect(profile.ukRegistered === true && profile.profession === role.id).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('puts the registration route first for people qualified abroad in a regulated profession', () => {
    const regulated = catalogue.registration.flatMap((route) => route.professions);
    fc.assert(
      fc.property(profiles, fc.constantFrom(...regulated), (base, profession) => {
        const steps = rank({ ...base, qualifiedAbroad: true, profession, ukRegistered: false });
        const recognition = steps.filter((step) => step.group === 'recognition');
        expect(recognition[0]?.kind).toBe('registration');
        expect(recognition[0]?.refs).toContain(profession);
      }),
      RUNS,
    );
  });

  it('never recommends a course or apprenticeship already completed', () => {
    fc.assert(
      fc.property(profiles, (profile) => {
        const done = new Set(profile.completed ?? []);
        for (const step of rank(profile)) {
          if (step.kind === 'course' || step.kind === 'apprenticeship') expect(done.has(step.refs[0] ?? '')).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('never ranks a job that needs a car higher because the person cannot drive', () => {
    fc.assert(
      fc.property(profiles, (base) => {
        const scoreOf = (steps: ReturnType<typeof rank>) =>
          new Map(steps.filter((step) => roleOf(step.refs[0])?.checks.drivingLicence === 'usually').map((step) => [step.id, step.score]));
        const driving = scoreOf(rank({ ...base, canDrive: true }));
        for (const [id, score] of scoreOf(rank({ ...base, canDrive: false }))) {
          if (driving.has(id)) expect(score).toBeLessThanOrEqual(driving.get(id) as number);
        }
      }),
      RUNS,
    );
  });

  it('adds an English step when English is basic or none', () => {
    fc.assert(
      fc.property(profiles, fc.constantFrom('none' as const, 'basic' as const), (base, english) => {
        expect(rank({ ...base, english }).some((step) => step.kind === 'english')).toBe(true);
      }),
      RUNS,
    );
  });

  it('gives the same steps in the same order every time', () => {
    fc.assert(
      fc.property(profiles, (profile) => {
        expect(rank(structuredClone(profile))).toEqual(rank(profile));
      }),
      { numRuns: 500 },
    );
  });
});
