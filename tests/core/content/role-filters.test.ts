import { describe, expect, it } from 'vitest';
import { filterRoles, noFilters, parseRoleFilters, roleFiltersToParams, waysInto } from '../../../src/core/content';
import { realCatalogue } from '../../support/catalogue';

const catalogue = realCatalogue();
const ids = (query: string) => filterRoles(catalogue, parseRoleFilters(new URLSearchParams(query))).map((role) => role.id);

describe('Explore filters', () => {
  it('shows every role when nothing is chosen', () => {
    expect(filterRoles(catalogue, noFilters())).toHaveLength(catalogue.roles.length);
  });

  it('finds entry-level social care jobs that can be done part-time', () => {
    const found = ids('sector=social-care&no-qualifications=yes&part-time=yes');
    expect(found).toContain('care-worker');
    expect(found).not.toContain('registered-manager');
    expect(found).not.toContain('healthcare-support-worker'); // an NHS job
    for (const id of found) {
      const role = catalogue.roles.find((candidate) => candidate.id === id)!;
      expect(role.level).toBe(0);
      expect(role.hours).toContain('part-time');
    }
  });

  it('any chosen level will do, but every group must match', () => {
    const found = ids('level=6&level=7&sector=nhs');
    expect(found).toEqual(expect.arrayContaining(['registered-nurse', 'doctor']));
    expect(found.every((id) => [6, 7].includes(catalogue.roles.find((role) => role.id === id)!.level))).toBe(true);
  });

  it('"both" means jobs in the NHS and in social care', () => {
    const found = ids('sector=both');
    expect(found).toContain('nursing-associate');
    expect(found).not.toContain('care-worker');
  });

  it('keeps out jobs that usually need a driving licence, and keeps those that only sometimes do', () => {
    const usually = catalogue.roles.filter((role) => role.checks.drivingLicence === 'usually').map((role) => role.id);
    const sometimes = catalogue.roles.filter((role) => role.checks.drivingLicence === 'sometimes').map((role) => role.id);
    expect(usually.length).toBeGreaterThan(0);
    const found = ids('no-driving=yes');
    for (const id of usually) expect(found).not.toContain(id);
    for (const id of sometimes) expect(found).toContain(id);
  });

  it('"apprenticeship available" keeps only jobs an open apprenticeship leads to', () => {
    const found = ids('apprenticeship=yes');
    expect(found).toContain('nursing-associate');
    for (const id of found) expect(waysInto(catalogue, id).apprenticeships.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(catalogue.roles.length);
  });

  it('survives a round trip through the address, and ignores what it does not know', () => {
    const filters = parseRoleFilters(new URLSearchParams('level=2&level=9&level=x&sector=mars&setting=care-home&setting=moon&interest=clinical&part-time=yes&no-driving=no'));
    expect(filters).toEqual({ ...noFilters(), levels: [2], settings: ['care-home'], interests: ['clinical'], partTime: true });
    expect(parseRoleFilters(roleFiltersToParams(filters))).toEqual(filters);
  });
});
