// Counts that show how complete and how fresh the catalogue is, for `npm run data:report`.
import type { Catalogue } from './catalogue.ts';
import { findStaleRecords } from './checks.ts';

export interface CatalogueReport {
  roles: { total: number; byLevel: Record<string, number>; bySector: Record<'nhs' | 'social-care', number> };
  apprenticeships: { total: number; byLevel: Record<string, number>; inForce: number };
  qualifications: { total: number };
  registrationRoutes: { total: number };
  programmes: { total: number; active: number };
  areas: { total: number };
  offers: { total: number; verified: number };
  records: { total: number; withoutSource: number; stale: number };
}

const levelKey = (level: number) => (level === 0 ? 'entry' : String(level));

function countBy<T>(items: T[], keys: string[], keyOf: (item: T) => string[]): Record<string, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0]));
  for (const item of items) for (const key of keyOf(item)) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

export function reportCatalogue(catalogue: Catalogue, today: string): CatalogueReport {
  const offers = catalogue.areas.flatMap((area) => area.offers);
  const everyRecord: { sources: unknown[] }[] = [
    ...catalogue.levels,
    ...catalogue.roles,
    ...catalogue.apprenticeships,
    ...catalogue.qualifications,
    ...catalogue.registration,
    ...catalogue.programmes,
    ...catalogue.payScales,
    ...catalogue.figures,
    ...catalogue.careerChangers,
    ...catalogue.areas,
    ...offers,
  ];
  const levels = ['entry', '1', '2', '3', '4', '5', '6', '7', '8'];
  return {
    roles: {
      total: catalogue.roles.length,
      byLevel: countBy(catalogue.roles, levels, (role) => [levelKey(role.level)]),
      bySector: countBy(catalogue.roles, ['nhs', 'social-care'], (role) => role.sectors) as Record<'nhs' | 'social-care', number>,
    },
    apprenticeships: {
      total: catalogue.apprenticeships.length,
      byLevel: countBy(catalogue.apprenticeships, ['2', '3', '4', '5', '6', '7'], (item) => [String(item.level)]),
      inForce: catalogue.apprenticeships.filter((item) => item.status !== 'retired').length,
    },
    qualifications: { total: catalogue.qualifications.length },
    registrationRoutes: { total: catalogue.registration.length },
    programmes: { total: catalogue.programmes.length, active: catalogue.programmes.filter((item) => item.status === 'active').length },
    areas: { total: catalogue.areas.length },
    offers: { total: offers.length, verified: offers.filter((offer) => offer.status === 'verified').length },
    records: {
      total: everyRecord.length,
      withoutSource: everyRecord.filter((record) => record.sources.length === 0).length,
      stale: findStaleRecords(catalogue, today).length,
    },
  };
}
