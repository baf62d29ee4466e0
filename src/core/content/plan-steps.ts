// What a step in someone's plan is: its title, its page in the app, and where to go next. A plan holds
// only step ids (see src/core/plan), so every view of a plan (the plan page, the printout, a shared
// link opened on a phone) reads the rest from the catalogue here.
import type { Catalogue, Source } from '../model/index.ts';
import { offerStepId } from './local-offers.ts';
import { findRecordOfKind, planStepId, type RecordKind } from './records.ts';

/** What a plan step asks of the person, which decides the "what to do next" sentence shown with it. */
export type PlanStepAction = 'job' | 'apprenticeship' | 'course' | 'english' | 'english-test' | 'registration' | 'programme' | 'offer' | 'volunteering';

export interface PlanStepInfo {
  id: string;
  action: PlanStepAction;
  /** The catalogue title, in English. Undefined for the steps the engine names itself (see titleKey). */
  title?: string;
  /** Key under "engine." for a step with no catalogue title, such as volunteering. */
  titleKey?: string;
  /** The page in this app, where there is one. */
  page?: { kind: RecordKind | 'role'; id: string };
  /** Where to go next outside the app: the offer's own page or the record's first source. */
  link?: Source;
  /** Who runs it, for local offers. */
  provider?: string;
}

const VOLUNTEERING = 'volunteering:health-and-care';
const ENGLISH_TEST = 'english:test-for-';

/** Every step id a plan can hold with today's catalogue, in catalogue order. */
export function planStepIds(catalogue: Catalogue): string[] {
  return [
    ...catalogue.roles.map((role) => planStepId('role', role.id)),
    ...catalogue.apprenticeships.map((item) => planStepId('apprenticeship', item.id)),
    ...catalogue.qualifications.map((item) => planStepId('qualification', item.id)),
    ...catalogue.registration.map((route) => planStepId('registration', route.id)),
    ...catalogue.registration.map((route) => `${ENGLISH_TEST}${route.id}`),
    ...catalogue.programmes.map((item) => planStepId('programme', item.id)),
    ...catalogue.areas.flatMap((area) => area.offers.map((offer) => offerStepId(area.id, offer.id))),
    VOLUNTEERING,
  ];
}

function describeRecord(catalogue: Catalogue, id: string, action: PlanStepAction, kind: RecordKind, recordId: string): PlanStepInfo | undefined {
  const record = findRecordOfKind(catalogue, kind, recordId);
  return record && { id, action, title: record.title, page: { kind, id: recordId }, link: record.sources[0] };
}

/**
 * What a plan step is, or undefined when the catalogue no longer has it (a step saved or shared
 * before a record was withdrawn). Never throws, whatever the id.
 */
export function describePlanStep(catalogue: Catalogue, id: string): PlanStepInfo | undefined {
  const colon = id.indexOf(':');
  if (colon < 0) return undefined;
  const prefix = id.slice(0, colon);
  const rest = id.slice(colon + 1);
  switch (prefix) {
    case 'job': {
      const role = catalogue.roles.find((item) => item.id === rest);
      return role && { id, action: 'job', title: role.title, page: { kind: 'role', id: role.id }, link: role.sources[0] };
    }
    case 'apprenticeship':
      return describeRecord(catalogue, id, 'apprenticeship', 'apprenticeship', rest);
    case 'course':
      return describeRecord(catalogue, id, 'course', 'qualification', rest);
    case 'registration':
      return describeRecord(catalogue, id, 'registration', 'registration', rest);
    case 'programme':
      return describeRecord(catalogue, id, 'programme', 'programme', rest);
    case 'english': {
      if (rest === 'esol') return describeRecord(catalogue, id, 'english', 'qualification', 'esol');
      if (!id.startsWith(ENGLISH_TEST)) return undefined;
      const route = catalogue.registration.find((item) => item.id === id.slice(ENGLISH_TEST.length));
      return route && { id, action: 'english-test', titleKey: 'title.englishTest', page: { kind: 'registration', id: route.id }, link: route.sources[0] };
    }
    case 'offer': {
      const [areaId, offerId] = rest.split(':');
      const offer = catalogue.areas.find((area) => area.id === areaId)?.offers.find((item) => item.id === offerId);
      return offer && { id, action: 'offer', title: offer.title, link: { url: offer.url, title: offer.provider }, provider: offer.provider };
    }
    case 'volunteering':
      return id === VOLUNTEERING ? { id, action: 'volunteering', titleKey: 'title.volunteering' } : undefined;
    default:
      return undefined;
  }
}
