// Questions the interface asks of the catalogue about one role: how people get in, where they come
// from, and what its pay band is worth. Pure functions, so pages, the engine and tests share them.
import type { Apprenticeship, Catalogue, PayScale, Progression, Qualification, Role } from '../model/index.ts';

export function findRole(catalogue: Catalogue, id: string): Role | undefined {
  return catalogue.roles.find((role) => role.id === id);
}

export interface IncomingRoute {
  from: Role;
  edge: Progression;
}

/** Roles people commonly move from into this one, lowest level first. */
export function routesInto(catalogue: Catalogue, roleId: string): IncomingRoute[] {
  return catalogue.roles
    .flatMap((from) => from.progression.filter((edge) => edge.to === roleId).map((edge) => ({ from, edge })))
    .sort((a, b) => a.from.level - b.from.level || a.from.title.localeCompare(b.from.title));
}

export interface WaysIn {
  apprenticeships: Apprenticeship[];
  qualifications: Qualification[];
}

/** Apprenticeships still open to new starters, and qualifications, that lead to this role. */
export function waysInto(catalogue: Catalogue, roleId: string): WaysIn {
  return {
    apprenticeships: catalogue.apprenticeships
      .filter((item) => item.status !== 'retired' && item.leadsTo.includes(roleId))
      .sort((a, b) => a.level - b.level),
    qualifications: catalogue.qualifications.filter((item) => item.leadsTo.includes(roleId)).sort((a, b) => a.level - b.level),
  };
}

/** The newest pay table in the catalogue. */
export function currentPayScale(catalogue: Catalogue): PayScale | undefined {
  return [...catalogue.payScales].sort((a, b) => b.appliesFrom.localeCompare(a.appliesFrom))[0];
}

export interface PayRange {
  minGBP: number;
  maxGBP: number;
  appliesFrom: string;
}

/** Turns a role's pay into a yearly range in pounds, where the catalogue has the figures. */
export function yearlyPayRange(catalogue: Catalogue, role: Role): PayRange | undefined {
  const { pay } = role;
  if (pay.kind === 'annual') return { minGBP: pay.minGBP, maxGBP: pay.maxGBP, appliesFrom: pay.appliesFrom };
  if (pay.kind !== 'nhs-band') return undefined;
  const scale = currentPayScale(catalogue);
  const bands = scale?.bands.filter((band) => pay.bands.includes(band.band)) ?? [];
  if (!scale || bands.length === 0) return undefined;
  return {
    minGBP: Math.min(...bands.map((band) => band.minGBP)),
    maxGBP: Math.max(...bands.map((band) => band.maxGBP)),
    appliesFrom: scale.appliesFrom,
  };
}
