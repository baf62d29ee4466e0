// The facts most often wrong when written from memory, pinned to what the sources say
// (see the source on each record). If one of these fails, re-check the source before changing it.
import { describe, expect, it } from 'vitest';
import { CARE_WORKFORCE_PATHWAY } from '../../../src/core/model';
import { realCatalogue } from '../../support/catalogue';

const catalogue = realCatalogue();
const byId = <T extends { id: string }>(records: T[], id: string): T => {
  const record = records.find((item) => item.id === id);
  if (!record) throw new Error(`no record "${id}"`);
  return record;
};

describe('the Care Certificate (2025 version)', () => {
  it('has 16 standards, with the three that changed in 2025', () => {
    const standards = byId(catalogue.qualifications, 'care-certificate').standards ?? [];
    expect(standards.map((standard) => standard.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    expect(standards[3]?.title).toBe('Equality, diversity, inclusion and human rights');
    expect(standards[8]?.title).toBe('Awareness of mental health and dementia');
    expect(standards[15]?.title).toBe('Awareness of learning disability and autism');
  });

  it('is not a qualification, unlike the Level 2 Adult Social Care Certificate', () => {
    expect(byId(catalogue.qualifications, 'care-certificate').kind).toBe('induction-standard');
    expect(byId(catalogue.qualifications, 'level-2-adult-social-care-certificate').level).toBe(2);
  });
});

describe('the Care Workforce Pathway', () => {
  it('has the 8 role categories published in April 2025', () => {
    expect(CARE_WORKFORCE_PATHWAY).toEqual([
      'new-to-care', 'care-or-support-worker', 'enhanced-care-worker', 'personal-assistant',
      'supervisor-or-leader', 'practice-leader', 'deputy-manager', 'registered-manager',
    ]);
  });
});

describe('NHS pay', () => {
  it('uses the 2025 to 2026 Agenda for Change figures, dated from 1 April 2025', () => {
    const scale = byId(catalogue.payScales, 'agenda-for-change-2025-26');
    expect(scale.appliesFrom).toBe('2025-04-01');
    const band = (name: string) => scale.bands.find((item) => item.band === name);
    expect(band('2')).toMatchObject({ minGBP: 24465, maxGBP: 24465 });
    expect(band('3')).toMatchObject({ minGBP: 24937, maxGBP: 26598 });
    expect(band('5')).toMatchObject({ minGBP: 31049, maxGBP: 37796 });
    expect(band('6')).toMatchObject({ minGBP: 38682, maxGBP: 46580 });
  });

  it('says healthcare support workers doing clinical tasks can be band 3, not only band 2', () => {
    expect(byId(catalogue.roles, 'healthcare-support-worker').pay).toMatchObject({ kind: 'nhs-band', bands: ['2', '3'] });
  });
});

describe('English test scores for people qualified abroad', () => {
  const ielts = (routeId: string) => byId(catalogue.registration, routeId).english.find((item) => item.test === 'IELTS Academic');

  it('NMC: IELTS 7.0 overall, writing 6.5 accepted', () => {
    expect(ielts('nmc-nurse-overseas')?.overall).toBe(7);
    expect(ielts('nmc-nurse-overseas')?.eachPart).toMatch(/7\.0 in reading, listening and speaking, and at least 6\.5 in writing/);
  });

  it('GMC: IELTS 7.5 overall, 7.0 in each part', () => {
    expect(ielts('gmc-doctor-overseas')?.overall).toBe(7.5);
    expect(ielts('gmc-doctor-overseas')?.eachPart).toBe('At least 7.0 in each part.');
  });

  it('HCPC: IELTS 7.0, and 8.0 for speech and language therapists', () => {
    expect(ielts('hcpc-physiotherapist-overseas')?.overall).toBe(7);
    expect(ielts('hcpc-speech-and-language-therapist-overseas')?.overall).toBe(8);
  });
});

describe('apprenticeship rules', () => {
  const figure = (id: string) => byId(catalogue.figures, id);

  it('an apprenticeship can last 8 months at the least, from August 2025', () => {
    expect(figure('apprenticeship-minimum-duration')).toMatchObject({ value: 8, unit: 'months', appliesFrom: '2025-08-01' });
  });

  it('small employers pay 5% (nothing for apprentices aged 16 to 24), from August 2026', () => {
    expect(figure('apprenticeship-co-investment-small-employers')).toMatchObject({ value: 5, unit: 'percent', appliesFrom: '2026-08-01' });
    expect(figure('apprenticeship-co-investment-small-employers').note).toContain('16 to 24');
  });

  it('the apprentice minimum wage is £8.00 an hour from April 2026', () => {
    expect(figure('apprentice-minimum-wage')).toMatchObject({ value: 8, appliesFrom: '2026-04-01' });
  });
});
