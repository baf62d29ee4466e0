// People from the councils' workforce plans (see ../shared/reference/needs.md), and what the engine
// must and must not recommend to each. Each case names the rule it protects.
import { describe, expect, it } from 'vitest';
import { rankNextSteps, type NextStep } from '../../../src/core/match';
import type { Profile } from '../../../src/core/model';
import { realCatalogue } from '../../support/catalogue';

const catalogue = realCatalogue();
const stepsFor = (profile: Profile) => rankNextSteps(profile, catalogue, { today: '2026-11-23' });
const ids = (steps: NextStep[]) => steps.map((step) => step.id);
const inGroup = (steps: NextStep[], group: NextStep['group']) => steps.filter((step) => step.group === group);
const reasonKeys = (step: NextStep | undefined) => step?.reasons.map((reason) => reason.key) ?? [];
const missingKeys = (step: NextStep | undefined) => step?.missing.map((item) => item.key) ?? [];
const role = (id: string) => catalogue.roles.find((candidate) => candidate.id === id);

interface Persona {
  name: string;
  profile: Profile;
  must?: string[];
  mustNot?: string[];
  check?: (steps: NextStep[]) => void;
}

const personas: Persona[] = [
  {
    name: 'a refugee nurse with IELTS 6.5 in East London',
    profile: { age: 34, qualifiedAbroad: true, profession: 'registered-nurse', ukRegistered: false, rightToWork: 'yes', english: 'good', ieltsOverall: 6.5, priorityGroups: ['refugee'], area: 'east-london', situation: 'unemployed' },
    must: ['registration:nmc-nurse-overseas', 'job:healthcare-support-worker', 'english:test-for-nmc-nurse-overseas', 'programme:refuaid'],
    mustNot: ['job:registered-nurse', 'course:functional-skills-english'],
    check: (steps) => {
      expect(inGroup(steps, 'recognition')[0]?.id).toBe('registration:nmc-nurse-overseas');
      const test = steps.find((step) => step.id === 'english:test-for-nmc-nurse-overseas');
      expect(test?.missing).toEqual([{ key: 'missing.englishBelowRequirement', params: { have: 6.5, need: 7 } }]);
      expect(reasonKeys(steps.find((step) => step.id === 'job:healthcare-support-worker'))).toContain('reason.workWhileRegistering');
    },
  },
  {
    name: 'an overseas physiotherapist whose English already meets the HCPC score',
    profile: { age: 29, qualifiedAbroad: true, profession: 'physiotherapist', ukRegistered: false, rightToWork: 'yes', english: 'fluent', ieltsOverall: 7.5 },
    must: ['registration:hcpc-physiotherapist-overseas', 'programme:uk-enic-statement-of-comparability'],
    mustNot: ['job:physiotherapist'],
    check: (steps) => expect(reasonKeys(steps.find((step) => step.kind === 'english'))).toEqual(['reason.englishMeetsRequirement']),
  },
  {
    name: 'a refugee doctor in central London who has not taken an English test',
    profile: { age: 41, qualifiedAbroad: true, profession: 'doctor', rightToWork: 'yes', priorityGroups: ['refugee'], area: 'central-london' },
    must: ['registration:gmc-doctor-overseas', 'programme:building-bridges'],
    mustNot: ['job:doctor'],
    check: (steps) => expect(missingKeys(steps.find((step) => step.kind === 'english'))).toEqual(['missing.takeEnglishTest']),
  },
  {
    name: 'an asylum seeker without the right to work',
    profile: { age: 28, rightToWork: 'no', english: 'basic' },
    must: ['volunteering:health-and-care', 'english:esol'],
    check: (steps) => {
      expect(steps.filter((step) => step.kind === 'job' || step.kind === 'apprenticeship')).toEqual([]);
      expect(reasonKeys(steps.find((step) => step.kind === 'volunteering'))).toContain('reason.noRightToWorkYet');
    },
  },
  {
    name: 'someone waiting for a decision on their right to work',
    profile: { age: 30, rightToWork: 'pending' },
    check: (steps) => {
      const jobs = inGroup(steps, 'apply-now').filter((step) => step.kind === 'job');
      expect(jobs.length).toBeGreaterThan(0);
      for (const job of jobs) expect(missingKeys(job)).toContain('missing.rightToWorkCheck');
    },
  },
  {
    name: 'a redundant hospitality manager with a level 4 qualification',
    profile: { age: 45, previousWork: ['hospitality', 'management'], highestQualificationLevel: 4, situation: 'unemployed', rightToWork: 'yes', canDrive: true },
    check: (steps) => {
      const jobs = inGroup(steps, 'apply-now');
      expect(jobs.some((step) => (role(step.refs[0] ?? '')?.level ?? 0) >= 3)).toBe(true);
      const withSkills = jobs.find((step) => reasonKeys(step).includes('reason.usesYourSkills'));
      expect(withSkills?.reasons.find((reason) => reason.key === 'reason.usesYourSkills')?.params?.skills).toContain('leading-people');
    },
  },
  {
    name: 'a care leaver aged 19 looking for work',
    profile: { age: 19, priorityGroups: ['care-leaver'], rightToWork: 'yes', situation: 'unemployed' },
    must: ['programme:care-leaver-apprenticeship-bursary', 'programme:nhs-universal-family-programme', 'apprenticeship:health-and-social-care-foundation-apprenticeship'],
  },
  {
    name: 'a care leaver aged 24, still within the extended age for a foundation apprenticeship',
    profile: { age: 24, priorityGroups: ['care-leaver'], rightToWork: 'yes' },
    must: ['apprenticeship:health-and-social-care-foundation-apprenticeship'],
    check: (steps) => expect(reasonKeys(steps.find((step) => step.id === 'apprenticeship:health-and-social-care-foundation-apprenticeship'))).toContain('reason.ageExtendedFor'),
  },
  {
    name: 'a 24-year-old who is not in an extended group',
    profile: { age: 24, rightToWork: 'yes' },
    mustNot: ['apprenticeship:health-and-social-care-foundation-apprenticeship', 'programme:care-leaver-apprenticeship-bursary'],
  },
  {
    name: 'a mother who can work 16 hours a week and does not drive',
    profile: { age: 31, hoursPerWeek: 16, priorityGroups: ['lone-parent'], situation: 'carer', rightToWork: 'yes', canDrive: false, interests: ['older-people'] },
    check: (steps) => {
      const jobs = inGroup(steps, 'apply-now');
      expect(reasonKeys(jobs[0])).toContain('reason.fitsYourHours');
      for (const job of jobs) expect(role(job.refs[0] ?? '')?.checks.drivingLicence).not.toBe('usually');
    },
  },
  {
    name: 'a senior carer who has the level 3 diploma',
    profile: { age: 38, currentRole: 'senior-care-worker', completed: ['level-3-diploma-adult-care', 'care-certificate'], highestQualificationLevel: 3, rightToWork: 'yes', situation: 'employed' },
    mustNot: ['course:level-3-diploma-adult-care', 'course:care-certificate', 'job:senior-care-worker'],
    check: (steps) => {
      const stepUps = inGroup(steps, 'apply-now').filter((step) => reasonKeys(step).includes('reason.stepUpFrom'));
      expect(stepUps.length).toBeGreaterThan(0);
      const onward = new Set(role('senior-care-worker')?.progression.map((edge) => edge.to));
      for (const step of stepUps) expect(onward.has(step.refs[0] ?? '')).toBe(true);
    },
  },
  {
    name: 'a care worker moving across into the NHS',
    profile: { age: 27, currentRole: 'care-worker', rightToWork: 'yes', interests: ['clinical'] },
    must: ['job:healthcare-support-worker'],
    check: (steps) => expect(reasonKeys(steps.find((step) => step.id === 'job:healthcare-support-worker'))).toContain('reason.stepUpFrom'),
  },
  {
    name: 'a care worker aged 30 who has done the Care Certificate',
    profile: { age: 30, currentRole: 'care-worker', completed: ['care-certificate'], rightToWork: 'yes' },
    must: ['course:level-2-adult-social-care-certificate'],
    mustNot: ['course:care-certificate'],
  },
  {
    name: 'a 16-year-old leaving school',
    profile: { age: 16, rightToWork: 'yes', highestQualificationLevel: 1 },
    must: ['apprenticeship:health-and-social-care-foundation-apprenticeship', 'course:t-level-health'],
    mustNot: ['programme:adult-skills-fund', 'course:access-to-he-diploma-health'],
    check: (steps) => {
      for (const step of steps.filter((item) => item.kind === 'job')) expect(role(step.refs[0] ?? '')?.checks.minimumAge).toBeLessThanOrEqual(16);
    },
  },
  {
    name: 'a 17-year-old who wants hands-on work',
    profile: { age: 17, rightToWork: 'yes', interests: ['hands-on'] },
    check: (steps) => {
      for (const step of steps.filter((item) => item.kind === 'job')) expect(role(step.refs[0] ?? '')?.checks.minimumAge).toBeLessThanOrEqual(17);
    },
  },
  {
    name: 'an adult without qualifications who wants to become a nurse',
    profile: { age: 26, highestQualificationLevel: 1, rightToWork: 'yes', interests: ['clinical'] },
    must: ['course:access-to-he-diploma-health'],
    mustNot: ['course:t-level-health'],
    check: (steps) => expect(ids(steps).some((id) => id.startsWith('course:functional-skills-'))).toBe(true),
  },
  {
    name: 'a person over 50 with a driving licence who used to drive for a living',
    profile: { age: 55, canDrive: true, priorityGroups: ['over-50'], previousWork: ['driving'], rightToWork: 'yes' },
    check: (steps) => {
      const driving = inGroup(steps, 'apply-now').find((step) => reasonKeys(step).includes('reason.youCanDrive'));
      expect(driving).toBeDefined();
    },
  },
  {
    name: 'someone with a conviction',
    profile: { age: 33, priorityGroups: ['ex-offender'], rightToWork: 'yes' },
    check: (steps) => {
      const jobs = inGroup(steps, 'apply-now');
      expect(jobs.length).toBeGreaterThan(0);
      for (const job of jobs) expect(missingKeys(job)).toContain('missing.dbsWithConviction');
    },
  },
  {
    name: 'a veteran leaving the armed forces',
    profile: { age: 39, priorityGroups: ['veteran'], previousWork: ['armed-forces'], rightToWork: 'yes' },
    must: ['programme:step-into-health'],
  },
  {
    name: 'a disabled person looking for work',
    profile: { age: 44, priorityGroups: ['disabled'], situation: 'unemployed', rightToWork: 'yes' },
    must: ['programme:connect-to-work'],
    mustNot: ['programme:access-to-work'],
  },
  {
    name: 'an unpaid carer',
    profile: { age: 48, priorityGroups: ['carer'], situation: 'carer', hoursPerWeek: 20, rightToWork: 'yes' },
    must: ['programme:carers-allowance'],
    check: (steps) => expect(steps.find((step) => step.id === 'programme:carers-allowance')?.missing).toContainEqual({ key: 'missing.incomeUnder', params: { amount: 10608 } }),
  },
  {
    name: 'an 18-year-old not in work, education or training',
    profile: { age: 18, priorityGroups: ['neet'], situation: 'unemployed', rightToWork: 'yes' },
    must: ['programme:youth-guarantee', 'programme:sector-based-work-academy'],
  },
  {
    name: 'a registered nurse aiming for advanced practice, aged 35',
    profile: { age: 35, currentRole: 'registered-nurse', profession: 'registered-nurse', ukRegistered: true, highestQualificationLevel: 6, rightToWork: 'yes' },
    mustNot: ['registration:nmc-nurse-overseas'],
    check: (steps) => {
      const acp = steps.find((step) => step.id === 'apprenticeship:advanced-clinical-practitioner');
      if (acp) expect(missingKeys(acp)).toContain('missing.level7Funding');
      expect(inGroup(steps, 'apply-now').some((step) => reasonKeys(step).includes('reason.stepUpFrom'))).toBe(true);
    },
  },
  {
    name: 'a nurse coming back after a career break',
    profile: { age: 46, profession: 'registered-nurse', situation: 'returner', rightToWork: 'yes' },
    must: ['course:return-to-practice-course', 'programme:return-to-practice-nursing-midwifery'],
  },
  {
    name: 'a nursing student',
    profile: { age: 21, situation: 'student', highestQualificationLevel: 3, rightToWork: 'yes' },
    must: ['programme:nhs-learning-support-fund'],
  },
  {
    name: 'an IT worker changing career',
    profile: { age: 37, previousWork: ['it'], highestQualificationLevel: 4, rightToWork: 'yes' },
    check: (steps) => {
      const first = inGroup(steps, 'apply-now')[0];
      expect(reasonKeys(first)).toContain('reason.usesYourSkills');
      expect(['it-service-desk-analyst', 'it-analyst', 'cyber-security-analyst', 'data-analyst']).toContain(first?.refs[0]);
    },
  },
  {
    name: 'a lone parent in Barnet',
    profile: { age: 29, area: 'barnet', priorityGroups: ['lone-parent'], rightToWork: 'yes' },
    check: (steps) => {
      const local = inGroup(steps, 'near-you');
      expect(local.length).toBeGreaterThan(0);
      for (const step of local) expect(step.id.startsWith('offer:barnet:')).toBe(true);
    },
  },
  {
    name: 'someone who only gave their age',
    profile: { age: 30 },
    check: (steps) => {
      expect(inGroup(steps, 'apply-now').length).toBeGreaterThan(0);
      expect(inGroup(steps, 'train').length).toBeGreaterThan(0);
    },
  },
];

describe('next steps for the people the councils described', () => {
  it.each(personas.map((persona) => [persona.name, persona] as const))('%s', (_name, persona) => {
    const steps = stepsFor(persona.profile);
    const found = ids(steps);
    for (const id of persona.must ?? []) expect(found, `should include ${id}`).toContain(id);
    for (const id of persona.mustNot ?? []) expect(found, `should not include ${id}`).not.toContain(id);
    persona.check?.(steps);
  });

  it('has at least 25 personas', () => {
    expect(personas.length).toBeGreaterThanOrEqual(25);
  });
});
