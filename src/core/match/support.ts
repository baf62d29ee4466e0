// Registration for people qualified abroad, money and support schemes, volunteering and local offers.
import type { Profile, Programme } from '../model/index.ts';
import { findArea, isCurrentOffer, offerStepId } from '../content/local-offers.ts';
import { checkEligibility } from './eligibility.ts';
import type { Person } from './person.ts';
import type { PreparedCatalogue } from './prepare.ts';
import type { Message, NextStep } from './types.ts';

export function recognitionSteps(person: Person): NextStep[] {
  const steps: NextStep[] = [];
  const route = person.registering;
  if (route) {
    steps.push({
      id: `registration:${route.id}`, kind: 'registration', group: 'recognition', title: route.title, score: 95,
      reasons: [{ key: 'reason.registrationFirst', params: { regulator: route.regulator, role: person.profile.profession ?? '' } }],
      missing: person.profile.rightToWork === 'no' ? [{ key: 'missing.registrationWithoutRightToWork' }] : [],
      refs: [route.id, ...route.professions],
    });
  }
  return steps;
}

/** Some schemes only make sense in one situation; eligibility alone would show them to everyone. */
const RELEVANT_WHEN: Record<string, (profile: Profile, person: Person) => boolean> = {
  'return-to-practice-nursing-midwifery': (profile) => profile.situation === 'returner',
  'nhs-learning-support-fund': (profile) => profile.situation === 'student',
  'advanced-learner-loan': (_profile, person) => person.profile.age >= 24 && person.level < 3,
  'lifelong-learning-entitlement': (_profile, person) => person.level >= 3,
  'learning-and-development-support-scheme': (_profile, person) => person.currentRole?.careWorkforcePathway != null,
  'uk-enic-statement-of-comparability': (profile) => profile.qualifiedAbroad === true,
};

function programmeStep(programme: Programme, person: Person): NextStep | null {
  const { profile } = person;
  if (programme.status === 'closed') return null;
  const relevant = RELEVANT_WHEN[programme.id];
  if (relevant && !relevant(profile, person)) return null;
  const eligibility = checkEligibility(programme.eligibility, profile);
  if (!eligibility.eligible) return null;
  let score = 35 + eligibility.reasons.length * 5;
  if (eligibility.reasons.some((reason) => reason.key === 'reason.forYourGroup')) score += 25;
  if (eligibility.reasons.some((reason) => reason.key === 'reason.inYourArea')) score += 10;
  score -= eligibility.missing.length * 3;
  const missing: Message[] = [...eligibility.missing];
  if (programme.status === 'ending') missing.push({ key: 'missing.endingSoon' });
  // Funding for courses and loans depends on immigration status as well as on the right to work.
  if (profile.rightToWork !== undefined && profile.rightToWork !== 'yes' && (programme.kind === 'funding' || programme.kind === 'training')) {
    missing.push({ key: 'missing.fundingDependsOnStatus' });
  }
  const isRecognition = programme.id === 'uk-enic-statement-of-comparability';
  const reasons = eligibility.reasons.length > 0 ? eligibility.reasons : [{ key: 'reason.openToMostPeople' }];
  return {
    id: `programme:${programme.id}`,
    kind: programme.kind === 'funding' || programme.kind === 'bursary' ? 'funding' : 'support',
    group: isRecognition ? 'recognition' : 'money',
    title: programme.title,
    score: isRecognition ? 70 : score,
    reasons: isRecognition ? [{ key: 'reason.compareYourQualification' }] : reasons,
    missing,
    refs: [programme.id],
  };
}

export function programmeSteps(prepared: PreparedCatalogue, person: Person): NextStep[] {
  return prepared.catalogue.programmes.flatMap((programme) => programmeStep(programme, person) ?? []);
}

export function volunteeringSteps(person: Person): NextStep[] {
  if (person.canWork) return [];
  return [
    {
      id: 'volunteering:health-and-care', kind: 'volunteering', group: 'apply-now', title: 'Volunteer in health or care',
      titleKey: 'title.volunteering', score: 75,
      reasons: [{ key: 'reason.noRightToWorkYet' }, { key: 'reason.volunteeringBuildsExperience' }],
      missing: [{ key: 'missing.checkVolunteeringRules' }],
      refs: [],
    },
  ];
}

/** Local offers in the person's area that have not ended, verified ones first. */
export function localSteps(prepared: PreparedCatalogue, person: Person, today: string, suggestedRoles: Set<string>): NextStep[] {
  const area = person.profile.area ? findArea(prepared.catalogue, person.profile.area) : undefined;
  if (!area) return [];
  return area.offers.flatMap((offer) => {
    if (!isCurrentOffer(offer, today)) return [];
    const helpsWith = offer.roles.find((roleId) => suggestedRoles.has(roleId));
    const reasons: Message[] = [{ key: 'reason.inYourArea' }];
    if (helpsWith) reasons.push({ key: 'reason.helpsTowards', params: { role: helpsWith } });
    const missing: Message[] = offer.status === 'verified' ? [] : [{ key: 'missing.offerNotVerified', params: { date: offer.lastChecked } }];
    return [{
      id: offerStepId(area.id, offer.id), kind: 'local-offer' as const, group: 'near-you' as const, title: offer.title,
      score: (offer.status === 'verified' ? 50 : 35) + (helpsWith ? 15 : 0), reasons, missing, refs: [offer.id, ...offer.roles],
    }];
  });
}
