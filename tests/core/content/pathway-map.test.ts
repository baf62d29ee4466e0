import { describe, expect, it } from 'vitest';
import { mapColumn, mapRows, routesUp } from '../../../src/core/content';
import { realCatalogue } from '../../support/catalogue';

const catalogue = realCatalogue();

describe('the pathway map', () => {
  it('places every role exactly once, highest level first, NHS and social care side by side', () => {
    const rows = mapRows(catalogue);
    expect(rows.map((row) => row.level)).toEqual([...rows.map((row) => row.level)].sort((a, b) => b - a));
    const placed = rows.flatMap((row) => [...row.cells.nhs, ...row.cells.both, ...row.cells['social-care']]);
    expect(placed).toHaveLength(catalogue.roles.length);
    expect(new Set(placed.map((role) => role.id)).size).toBe(catalogue.roles.length);
    const entry = rows.find((row) => row.level === 0)!;
    expect(entry.cells.nhs.map((role) => role.id)).toContain('healthcare-support-worker');
    expect(entry.cells['social-care'].map((role) => role.id)).toContain('care-worker');
  });

  it('puts roles in both sectors in the middle', () => {
    const nursingAssociate = catalogue.roles.find((role) => role.id === 'nursing-associate')!;
    expect(mapColumn(nursingAssociate)).toBe('both');
  });

  it('lists routes up from a healthcare support worker, closest first, with the time each takes', () => {
    const routes = routesUp(catalogue, 'healthcare-support-worker');
    const nursingAssociate = routes.find((route) => route.to.id === 'nursing-associate');
    expect(nursingAssociate?.legs).toHaveLength(1);
    expect(nursingAssociate?.totalTime.minMonths).toBeGreaterThan(0);
    const lengths = routes.map((route) => route.legs.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(routes.map((route) => route.to.id)).not.toContain('healthcare-support-worker');
  });

  it('adds up the time of every move on a longer route', () => {
    const route = routesUp(catalogue, 'care-worker').find((candidate) => candidate.legs.length >= 2)!;
    const sum = route.legs.reduce((total, leg) => total + leg.edge.typicalTime.minMonths, 0);
    expect(route.totalTime.minMonths).toBe(sum);
    route.legs.slice(1).forEach((leg, index) => expect(leg.from.id).toBe(route.legs[index]!.to.id));
  });

  it('marks moves that cross between social care and the NHS', () => {
    const routes = routesUp(catalogue, 'care-worker');
    const crossing = routes.flatMap((route) => route.legs).filter((leg) => leg.crossesSectors);
    expect(crossing.length).toBeGreaterThan(0);
    for (const leg of crossing) expect(leg.to.sectors.some((sector) => leg.from.sectors.includes(sector))).toBe(false);
  });

  it('gives nothing for a role that does not exist', () => {
    expect(routesUp(catalogue, 'astronaut')).toEqual([]);
  });
});
