// Questions the catalogue pages ask about one apprenticeship, qualification, registration route or
// programme: find it, which roles it leads to, what links to it, and the plan step it stands for.
// Pure functions, so pages, the finder and tests share one answer.
import type { Apprenticeship, Catalogue, Programme, Qualification, RegistrationRoute, Role } from '../model/index.ts';

/** The kinds of catalogue record that have a page of their own, besides roles. */
export type RecordKind = 'apprenticeship' | 'qualification' | 'registration' | 'programme';

/** Enough of a record to link to it: which kind, its id and its (English) title. */
export interface RecordLink {
  kind: RecordKind;
  id: string;
  title: string;
}

export function findApprenticeship(catalogue: Catalogue, id: string): Apprenticeship | undefined {
  return catalogue.apprenticeships.find((item) => item.id === id);
}

export function findQualification(catalogue: Catalogue, id: string): Qualification | undefined {
  return catalogue.qualifications.find((item) => item.id === id);
}

export function findRegistrationRoute(catalogue: Catalogue, id: string): RegistrationRoute | undefined {
  return catalogue.registration.find((item) => item.id === id);
}

export function findProgramme(catalogue: Catalogue, id: string): Programme | undefined {
  return catalogue.programmes.find((item) => item.id === id);
}

/** The catalogue record of a kind with a page, in full, by id. */
export function findRecordOfKind(catalogue: Catalogue, kind: RecordKind, id: string): Apprenticeship | Qualification | RegistrationRoute | Programme | undefined {
  const collections: Record<RecordKind, readonly (Apprenticeship | Qualification | RegistrationRoute | Programme)[]> = {
    apprenticeship: catalogue.apprenticeships,
    qualification: catalogue.qualifications,
    registration: catalogue.registration,
    programme: catalogue.programmes,
  };
  return collections[kind].find((item) => item.id === id);
}

/** Any record with a page, by kind and id. */
export function findRecord(catalogue: Catalogue, kind: RecordKind, id: string): RecordLink | undefined {
  const record = findRecordOfKind(catalogue, kind, id);
  return record ? { kind, id: record.id, title: record.title } : undefined;
}

/** Roles with these ids, in the order given, once each; ids not in the catalogue are left out. */
export function rolesByIds(catalogue: Catalogue, ids: readonly string[]): Role[] {
  return [...new Set(ids)].flatMap((id) => catalogue.roles.find((role) => role.id === id) ?? []);
}

/** Registration routes for people qualified abroad who want to work in this role. */
export function registrationRoutesFor(catalogue: Catalogue, roleId: string): RegistrationRoute[] {
  return catalogue.registration.filter((route) => route.professions.includes(roleId));
}

/** Registration routes that name this programme as help for refugees. */
export function registrationRoutesHelpedBy(catalogue: Catalogue, programmeId: string): RegistrationRoute[] {
  return catalogue.registration.filter((route) => route.refugeeHelp.includes(programmeId));
}

/** Roles a programme helps people into: the professions of the registration routes it helps with. */
export function rolesHelpedBy(catalogue: Catalogue, programmeId: string): Role[] {
  return rolesByIds(
    catalogue,
    registrationRoutesHelpedBy(catalogue, programmeId).flatMap((route) => route.professions),
  );
}

/** Programmes with these ids, in the order given; ids not in the catalogue are left out. */
export function programmesByIds(catalogue: Catalogue, ids: readonly string[]): Programme[] {
  return [...new Set(ids)].flatMap((id) => findProgramme(catalogue, id) ?? []);
}

const ROUTE_STEP_RECORDS: Record<string, RecordKind> = {
  apprenticeship: 'apprenticeship',
  qualification: 'qualification',
  degree: 'qualification',
  registration: 'registration',
};

const recordVia =
  (table: Record<string, RecordKind>) =>
  (catalogue: Catalogue, stepKind: string, ref: string | undefined): RecordLink | undefined => {
    const kind = table[stepKind];
    return kind && ref ? findRecord(catalogue, kind, ref) : undefined;
  };

/** The record a step of a progression route (apprenticeship, qualification, degree, registration) points at. */
export const routeStepRecord = recordVia(ROUTE_STEP_RECORDS);

/** Which collection each kind of next step from the engine (src/core/match) points into. */
const NEXT_STEP_RECORDS: Record<string, RecordKind> = {
  apprenticeship: 'apprenticeship',
  course: 'qualification',
  english: 'qualification',
  registration: 'registration',
  funding: 'programme',
  support: 'programme',
};

/** The record a next step from the engine is about, where it has a page. `ref` is the step's first ref. */
export const nextStepRecord = recordVia(NEXT_STEP_RECORDS);

/**
 * The plan step id for a role or record, the same id the engine (src/core/match) gives the step, so
 * adding it from a page or from the finder's results adds one step, not two. ESOL is offered by the
 * engine as an English step ("english:esol"); every other qualification is a course.
 */
export function planStepId(kind: RecordKind | 'role', id: string): string {
  switch (kind) {
    case 'role':
      return `job:${id}`;
    case 'apprenticeship':
      return `apprenticeship:${id}`;
    case 'qualification':
      return id === 'esol' ? 'english:esol' : `course:${id}`;
    case 'registration':
      return `registration:${id}`;
    case 'programme':
      return `programme:${id}`;
  }
}
