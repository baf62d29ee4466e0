import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogue, formatProblem } from '../../../src/core/model';
import { loadCatalogue } from '../../../scripts/lib/load-catalogue';
import { validLevel, validRole } from '../../fixtures/levels';

const messagesFor = (files: Record<string, unknown>) =>
  buildCatalogue({ 'levels.json': [validLevel], ...files }).problems.map(formatProblem);

describe('data validation names the file, the record and the field', () => {
  it.each([
    ['a missing field', { ...validLevel, summary: undefined }, 'levels.json: record "level-2", field "summary"'],
    ['an id that is not kebab-case', { ...validLevel, id: 'Level 2' }, 'field "id": must be kebab-case'],
    ['a source over plain http', { ...validLevel, sources: [{ url: 'http://example.org/page', title: 'Example page' }] }, 'field "sources.0.url": must start with https://'],
    ['a date that is not YYYY-MM-DD', { ...validLevel, lastChecked: '23/11/2026' }, 'field "lastChecked": must be a date written as YYYY-MM-DD'],
    ['HTML in text', { ...validLevel, summary: 'Good <b>everyday</b> skills.' }, 'field "summary": must be plain text, not HTML'],
    ['no sources', { ...validLevel, sources: [] }, 'field "sources": needs at least one source'],
    ['a level above 8', { ...validLevel, level: 9 }, 'field "level"'],
  ])('reports %s', (_case, record, expected) => {
    const messages = messagesFor({ 'levels.json': [record] });
    expect(messages.join('\n')).toContain(expected);
  });

  it('labels a record without an id by its position', () => {
    const messages = messagesFor({ 'levels.json': [validLevel, { ...validLevel, id: undefined }] });
    expect(messages[0]).toContain('record "#2", field "id"');
  });

  it('reports two records with the same id', () => {
    expect(messagesFor({ 'levels.json': [validLevel, validLevel] })).toContain(
      'levels.json: record "level-2", field "id": is used by another record in this file',
    );
  });

  it('reports a file that is not a list', () => {
    expect(messagesFor({ 'levels.json': { id: 'level-2' } })[0]).toContain('must be a list of records');
  });

  it('reports a missing required collection', () => {
    const { problems } = buildCatalogue({});
    expect(problems.map(formatProblem)).toContain('levels.json: record "(file)", field "(file)": is missing');
  });

  it('reports a nested field in a role', () => {
    const broken = { ...validRole, checks: { ...validRole.checks, dbs: 'super-enhanced' } };
    expect(messagesFor({ 'roles.json': [broken] })[0]).toMatch(/roles\.json: record "care-worker", field "checks\.dbs": Invalid option/);
  });

  it('reports a progression edge to a role that does not exist', () => {
    const role = { ...validRole, progression: [{ to: 'astronaut', how: [{ kind: 'experience' }], typicalTime: { minMonths: 6, maxMonths: 12 } }] };
    expect(messagesFor({ 'roles.json': [role] })).toContain(
      'roles.json: record "care-worker", field "progression.0.to": points to role "astronaut", which does not exist',
    );
  });

  it('reports an area file whose id does not match its name, and names the broken offer', () => {
    const area = {
      id: 'barnet',
      name: 'Barnet',
      region: 'London',
      localAuthorities: ['Barnet'],
      offers: [{ id: 'care-course', title: 'A course', provider: 'A college', kind: 'course', summary: 'Learn care.', url: 'ftp://x', status: 'verified', startDate: null, endDate: null, roles: [], sources: [validLevel.sources[0]], lastChecked: '2026-11-23' }],
      sources: validLevel.sources,
      lastChecked: '2026-11-23',
    };
    expect(messagesFor({ 'areas/barnet.json': area }).join('\n')).toContain('areas/barnet.json: record "care-course", field "url"');
    const fixed = { ...area, offers: [] };
    expect(messagesFor({ 'areas/enfield.json': fixed })).toContain('areas/enfield.json: record "barnet", field "id": must match the file name "enfield"');
  });
});

describe('reading data files', () => {
  it('reports invalid JSON with the line it breaks on', () => {
    const directory = mkdtempSync(join(tmpdir(), 'care-routes-data-'));
    writeFileSync(join(directory, 'levels.json'), '[\n  {"id": "level-1",}\n]\n');
    const { problems } = loadCatalogue(directory);
    expect(problems.map(formatProblem).join('\n')).toMatch(/levels\.json: record "\(file\)", field "\(file\)": is not valid JSON \(line 2, column \d+\)/);
  });

  it('accepts the data shipped in data/', () => {
    const { catalogue, problems } = loadCatalogue(join(__dirname, '../../../data'));
    expect(problems.map(formatProblem)).toEqual([]);
    expect(catalogue.levels.map((level) => level.level)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
