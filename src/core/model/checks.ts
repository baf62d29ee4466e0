// Checks that look across records: references, reachable roles, and facts due for a re-check.
import type { Catalogue, DataProblem } from './catalogue.ts';

/** Every id one record points at must exist in the collection it names. */
export function checkReferences(catalogue: Catalogue): DataProblem[] {
  const problems: DataProblem[] = [];
  const ids = (records: { id: string }[]) => new Set(records.map((record) => record.id));
  const roleIds = ids(catalogue.roles);
  const refIds: Record<string, Set<string>> = {
    apprenticeship: ids(catalogue.apprenticeships),
    qualification: ids(catalogue.qualifications),
    degree: ids(catalogue.qualifications),
    registration: ids(catalogue.registration),
  };
  const programmeIds = ids(catalogue.programmes);
  const missing = (file: string, record: string, field: string, id: string, what: string) =>
    problems.push({ file, record, field, message: `points to ${what} "${id}", which does not exist` });

  for (const role of catalogue.roles) {
    role.progression.forEach((edge, index) => {
      if (!roleIds.has(edge.to)) missing('roles.json', role.id, `progression.${index}.to`, edge.to, 'role');
      edge.how.forEach((step, stepIndex) => {
        const known = refIds[step.kind];
        if (step.ref && known && !known.has(step.ref)) {
          missing('roles.json', role.id, `progression.${index}.how.${stepIndex}.ref`, step.ref, `${step.kind}`);
        }
      });
    });
  }
  const checkLeadsTo = (file: string, records: { id: string; leadsTo: string[] }[]) => {
    for (const record of records) {
      record.leadsTo.forEach((id, index) => {
        if (!roleIds.has(id)) missing(file, record.id, `leadsTo.${index}`, id, 'role');
      });
    }
  };
  checkLeadsTo('apprenticeships.json', catalogue.apprenticeships);
  checkLeadsTo('qualifications.json', catalogue.qualifications);
  for (const family of catalogue.careerChangers) {
    family.roles.forEach((id, index) => {
      if (!roleIds.has(id)) missing('career-changers.json', family.id, `roles.${index}`, id, 'role');
    });
  }
  for (const route of catalogue.registration) {
    [...route.professions.map((id, i) => [`professions.${i}`, id] as const),
      ...route.workMeanwhile.map((id, i) => [`workMeanwhile.${i}`, id] as const)].forEach(([field, id]) => {
      if (!roleIds.has(id)) missing('registration.json', route.id, field, id, 'role');
    });
    route.refugeeHelp.forEach((id, index) => {
      if (!programmeIds.has(id)) missing('registration.json', route.id, `refugeeHelp.${index}`, id, 'programme');
    });
  }
  for (const area of catalogue.areas) {
    area.offers.forEach((offer) =>
      offer.roles.forEach((id, index) => {
        if (!roleIds.has(id)) missing(`areas/${area.id}.json`, offer.id, `roles.${index}`, id, 'role');
      }),
    );
  }
  return problems;
}

/** Roles at or below this level are open to anyone: English and maths up to level 2 are free for adults (Adult Skills Fund). */
const OPEN_TO_ALL_UP_TO_LEVEL = 2;

/**
 * Every apprenticeship must lead to a role, and every role must be reachable from entry level:
 * open to anyone, led to by an apprenticeship or qualification, or a step up from a reachable role.
 */
export function checkPathways(catalogue: Catalogue): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const apprenticeship of catalogue.apprenticeships) {
    if (apprenticeship.leadsTo.length === 0) {
      problems.push({ file: 'apprenticeships.json', record: apprenticeship.id, field: 'leadsTo', message: 'leads to no role: add the roles it trains people for' });
    }
  }
  for (const role of catalogue.roles) {
    role.progression.forEach((edge, index) => {
      if (edge.to === role.id) {
        problems.push({ file: 'roles.json', record: role.id, field: `progression.${index}.to`, message: 'points back to the same role' });
      }
    });
  }
  const byId = new Map(catalogue.roles.map((role) => [role.id, role]));
  const reachable = new Set<string>(catalogue.roles.filter((role) => role.level <= OPEN_TO_ALL_UP_TO_LEVEL).map((role) => role.id));
  for (const record of [...catalogue.apprenticeships, ...catalogue.qualifications]) {
    record.leadsTo.forEach((id) => reachable.add(id));
  }
  const queue = [...reachable];
  while (queue.length > 0) {
    const role = byId.get(queue.pop() as string);
    for (const edge of role?.progression ?? []) {
      if (!reachable.has(edge.to)) {
        reachable.add(edge.to);
        queue.push(edge.to);
      }
    }
  }
  for (const role of catalogue.roles) {
    if (!reachable.has(role.id)) {
      problems.push({ file: 'roles.json', record: role.id, field: 'level', message: 'cannot be reached from entry level: add a progression edge to it, or an apprenticeship or qualification that leads to it' });
    }
  }
  return problems;
}

/** Records whose facts nobody has checked for this many months are flagged for review. */
export const STALE_AFTER_MONTHS = 12;

export interface StaleRecord {
  file: string;
  record: string;
  lastChecked: string;
}

/** Lists records last checked more than a year before `today` (a YYYY-MM-DD date). */
export function findStaleRecords(catalogue: Catalogue, today: string): StaleRecord[] {
  const cutoff = new Date(`${today}T00:00:00Z`);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - STALE_AFTER_MONTHS);
  const limit = cutoff.toISOString().slice(0, 10);
  const collections: [string, { id: string; lastChecked: string }[]][] = [
    ['levels.json', catalogue.levels],
    ['roles.json', catalogue.roles],
    ['apprenticeships.json', catalogue.apprenticeships],
    ['qualifications.json', catalogue.qualifications],
    ['registration.json', catalogue.registration],
    ['programmes.json', catalogue.programmes],
    ['pay-scales.json', catalogue.payScales],
    ['figures.json', catalogue.figures],
    ['career-changers.json', catalogue.careerChangers],
    ...catalogue.areas.map((area): [string, { id: string; lastChecked: string }[]] => [`areas/${area.id}.json`, [area, ...area.offers]]),
  ];
  return collections.flatMap(([file, records]) =>
    records.filter((record) => record.lastChecked < limit).map((record) => ({ file, record: record.id, lastChecked: record.lastChecked })),
  );
}
