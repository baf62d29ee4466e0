import { describe, expect, it } from 'vitest';
import { currentPayScale, findRole, routesInto, routeStepRecord, waysInto, yearlyPayRange } from '../../../src/core/content';
import type { Role } from '../../../src/core/model';
import { realCatalogue } from '../../support/catalogue';

const catalogue = realCatalogue();
const role = (id: string) => findRole(catalogue, id) as Role;

describe('reading one role from the catalogue', () => {
  it('turns NHS bands 2 and 3 into a yearly range from the current pay table', () => {
    expect(yearlyPayRange(catalogue, role('healthcare-support-worker'))).toEqual({ minGBP: 24465, maxGBP: 26598, appliesFrom: '2025-04-01' });
  });

  it('gives no range for pay that has not been checked', () => {
    const unchecked = catalogue.roles.find((candidate) => candidate.pay.kind === 'unverified') as Role;
    expect(yearlyPayRange(catalogue, unchecked)).toBeUndefined();
  });

  it('uses the newest pay table', () => {
    expect(currentPayScale(catalogue)?.id).toBe('agenda-for-change-2025-26');
  });

  it('finds the roles people move from, lowest level first, including across from social care', () => {
    const from = routesInto(catalogue, 'nursing-associate').map((route) => route.from);
    expect(from.map((item) => item.id)).toContain('healthcare-support-worker');
    expect(from.map((item) => item.id)).toContain('care-worker');
    expect(from.map((item) => item.level)).toEqual([...from.map((item) => item.level)].sort((a, b) => a - b));
  });

  it('lists open apprenticeships that lead to a role, and leaves retired ones out', () => {
    const { apprenticeships } = waysInto(catalogue, 'assistant-practitioner');
    expect(apprenticeships.every((item) => item.status !== 'retired')).toBe(true);
    expect(waysInto(catalogue, 'nursing-associate').apprenticeships.map((item) => item.id)).toContain('nursing-associate');
  });

  it('names what a route step points at', () => {
    expect(routeStepRecord(catalogue, 'apprenticeship', 'nursing-associate')?.title).toMatch(/nursing associate/i);
    expect(routeStepRecord(catalogue, 'experience', undefined)).toBeUndefined();
  });
});
