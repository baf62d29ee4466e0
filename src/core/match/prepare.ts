// Indexes built once per catalogue, so ranking one profile does no repeated scanning.
import type { Apprenticeship, Catalogue, CareerChanger, Progression, Qualification, RegistrationRoute, Role } from '../model/index.ts';

export interface PreparedCatalogue {
  catalogue: Catalogue;
  roleById: Map<string, Role>;
  apprenticeshipsByRole: Map<string, Apprenticeship[]>;
  qualificationsByRole: Map<string, Qualification[]>;
  qualificationById: Map<string, Qualification>;
  apprenticeshipById: Map<string, Apprenticeship>;
  registrationByProfession: Map<string, RegistrationRoute>;
  familyById: Map<string, CareerChanger>;
  /** Roles people move into from each role. */
  edgesFrom: Map<string, Progression[]>;
}

const cache = new WeakMap<Catalogue, PreparedCatalogue>();

function groupBy<T>(items: T[], keysOf: (item: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) for (const key of keysOf(item)) map.set(key, [...(map.get(key) ?? []), item]);
  return map;
}

export function prepareCatalogue(catalogue: Catalogue): PreparedCatalogue {
  const cached = cache.get(catalogue);
  if (cached) return cached;
  const prepared: PreparedCatalogue = {
    catalogue,
    roleById: new Map(catalogue.roles.map((role) => [role.id, role])),
    apprenticeshipsByRole: groupBy(
      catalogue.apprenticeships.filter((item) => item.status !== 'retired'),
      (item) => item.leadsTo,
    ),
    qualificationsByRole: groupBy(catalogue.qualifications, (item) => item.leadsTo),
    qualificationById: new Map(catalogue.qualifications.map((item) => [item.id, item])),
    apprenticeshipById: new Map(catalogue.apprenticeships.map((item) => [item.id, item])),
    registrationByProfession: new Map(catalogue.registration.flatMap((route) => route.professions.map((id) => [id, route] as const))),
    familyById: new Map(catalogue.careerChangers.map((family) => [family.id, family])),
    edgesFrom: new Map(catalogue.roles.map((role) => [role.id, role.progression])),
  };
  cache.set(catalogue, prepared);
  return prepared;
}
