import { describe, expect, it } from 'vitest';
import { buildCatalogue, findStaleRecords, formatProblem, type Catalogue } from '../../../src/core/model';
import { validLevel, validRole } from '../../fixtures/levels';

const edge = (to: string) => ({ to, how: [{ kind: 'experience' }], typicalTime: { minMonths: 12, maxMonths: 24 } });
const role = (id: string, level: number, progression: unknown[] = []) => ({ ...validRole, id, level, progression });
const problemsFor = (files: Record<string, unknown>) =>
  buildCatalogue({ 'levels.json': [validLevel], ...files }).problems.map(formatProblem);

describe('pathway checks', () => {
  it('accepts a role reached by a step up from entry level', () => {
    expect(problemsFor({ 'roles.json': [role('care-worker', 0, [edge('registered-manager')]), role('registered-manager', 5)] })).toEqual([]);
  });

  it('reports a role nobody can reach', () => {
    expect(problemsFor({ 'roles.json': [role('care-worker', 0), role('registered-manager', 5)] })).toEqual([
      'roles.json: record "registered-manager", field "level": cannot be reached from entry level: add a progression edge to it, or an apprenticeship or qualification that leads to it',
    ]);
  });

  it('reports a role that leads back to itself', () => {
    expect(problemsFor({ 'roles.json': [role('care-worker', 0, [edge('care-worker')])] })).toContain(
      'roles.json: record "care-worker", field "progression.0.to": points back to the same role',
    );
  });

  it('reports an apprenticeship that leads to no role', () => {
    const apprenticeship = {
      id: 'adult-care-worker', title: 'Adult care worker', reference: 'ST0005', level: 2, foundation: false,
      typicalDuration: { minMonths: 12, maxMonths: 15 }, status: 'in-force', funding: null, ageRange: { min: 16, max: null },
      leadsTo: [], summary: 'Train while you work in care.', rules: [], sources: validLevel.sources, lastChecked: '2026-11-23',
    };
    expect(problemsFor({ 'apprenticeships.json': [apprenticeship] })).toContain(
      'apprenticeships.json: record "adult-care-worker", field "leadsTo": leads to no role: add the roles it trains people for',
    );
  });
});

describe('records due for a re-check', () => {
  const catalogue = (lastChecked: string) =>
    ({ ...buildCatalogue({ 'levels.json': [{ ...validLevel, lastChecked }] }).catalogue }) as Catalogue;

  it('lists a record last checked more than 12 months ago', () => {
    expect(findStaleRecords(catalogue('2025-11-22'), '2026-11-23')).toEqual([{ file: 'levels.json', record: 'level-2', lastChecked: '2025-11-22' }]);
  });

  it('does not list a record checked within 12 months', () => {
    expect(findStaleRecords(catalogue('2025-11-23'), '2026-11-23')).toEqual([]);
  });
});
