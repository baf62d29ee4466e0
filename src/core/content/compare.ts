// "Compare jobs": up to three roles side by side, chosen in the page address (?roles=a,b,c).
import type { Catalogue, MonthsRange, Role } from '../model/index.ts';
import { waysInto } from './pathways.ts';
import { rolesByIds } from './records.ts';

export const MAX_COMPARED = 3;

/** The roles named in the address, in order, without repeats or unknown ids, at most three. */
export function comparedRoles(catalogue: Catalogue, param: string | null): Role[] {
  return rolesByIds(catalogue, (param ?? '').split(',').map((id) => id.trim())).slice(0, MAX_COMPARED);
}

export const comparedParam = (roles: readonly Pick<Role, 'id'>[]) => roles.map((role) => role.id).join(',');

/** The quickest apprenticeship or course that leads to the role, as a guide to training time. */
export function quickestTraining(catalogue: Catalogue, roleId: string): MonthsRange | undefined {
  const { apprenticeships, qualifications } = waysInto(catalogue, roleId);
  const durations = [...apprenticeships.map((item) => item.typicalDuration), ...qualifications.flatMap((item) => item.typicalDuration ?? [])];
  return durations.sort((a, b) => a.minMonths - b.minMonths || a.maxMonths - b.maxMonths)[0];
}
