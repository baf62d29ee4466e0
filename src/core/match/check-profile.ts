// Checks that the ids in a profile exist in the catalogue, so a typo in a file or link is named
// rather than silently matching nothing.
import type { Catalogue, Profile, ProfileProblem } from '../model/index.ts';

export function checkProfileReferences(profile: Profile, catalogue: Catalogue): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  const roleIds = new Set(catalogue.roles.map((role) => role.id));
  const known = new Set([
    ...catalogue.qualifications.map((item) => item.id),
    ...catalogue.apprenticeships.map((item) => item.id),
  ]);
  if (profile.currentRole && !roleIds.has(profile.currentRole)) {
    problems.push({ field: 'currentRole', message: `"${profile.currentRole}" is not a role in the catalogue` });
  }
  if (profile.profession && !roleIds.has(profile.profession)) {
    problems.push({ field: 'profession', message: `"${profile.profession}" is not a role in the catalogue` });
  }
  if (profile.area && !catalogue.areas.some((area) => area.id === profile.area)) {
    problems.push({ field: 'area', message: `"${profile.area}" is not an area in the catalogue` });
  }
  (profile.completed ?? []).forEach((id, index) => {
    if (!known.has(id)) problems.push({ field: `completed.${index}`, message: `"${id}" is not a qualification or apprenticeship in the catalogue` });
  });
  return problems;
}
