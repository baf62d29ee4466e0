// Apprenticeships, courses and English steps: ways to train towards the roles that fit a person.
import type { Apprenticeship, Qualification } from '../model/index.ts';
import { ageFits } from './eligibility.ts';
import { ENGLISH_ORDER, type Person } from './person.ts';
import type { PreparedCatalogue } from './prepare.ts';
import type { Message, NextStep } from './types.ts';

/** Roles worth training towards: next steps from their job, their skills, their interests, and the jobs suggested to them. */
function targetRoles(prepared: PreparedCatalogue, person: Person, suggestedRoles: Set<string>): Map<string, Message> {
  const targets = new Map<string, Message>();
  for (const edge of person.currentRole?.progression ?? []) {
    targets.set(edge.to, { key: 'reason.nextStepFrom', params: { role: person.currentRole?.id ?? '', target: edge.to } });
  }
  for (const [roleId, carried] of person.skillsByRole) {
    if (!targets.has(roleId)) targets.set(roleId, { key: 'reason.usesYourSkills', params: { work: carried.family, skills: carried.skills.join(',') } });
  }
  for (const role of prepared.catalogue.roles) {
    const shared = role.interests.filter((interest) => person.interests.has(interest));
    if (shared.length > 0 && !targets.has(role.id)) {
      targets.set(role.id, { key: 'reason.leadsToInterest', params: { target: role.id, interests: shared.join(',') } });
    }
  }
  for (const roleId of suggestedRoles) {
    if (!targets.has(roleId)) targets.set(roleId, { key: 'reason.trainsForSuggestedJob', params: { target: roleId } });
  }
  return targets;
}

function apprenticeshipStep(item: Apprenticeship, person: Person, targets: Map<string, Message>, fromCurrentRefs: Set<string>): NextStep | null {
  if (!person.canWork || item.status === 'retired' || person.completed.has(item.id)) return null;
  const age = ageFits(item.ageRange, person.profile);
  if (!age.fits) return null;
  let score = 30;
  const reasons: Message[] = [{ key: 'reason.earnWhileYouLearn' }];
  const missing: Message[] = [];
  const target = item.leadsTo.find((roleId) => targets.has(roleId));
  if (target) {
    score += 20;
    reasons.push(targets.get(target) as Message);
  }
  if (fromCurrentRefs.has(item.id)) score += 20;
  if (item.level >= person.level && item.level <= person.level + 2) {
    score += 10;
    reasons.push({ key: 'reason.rightLevelForYou', params: { level: item.level } });
  } else if (item.level < person.level && !fromCurrentRefs.has(item.id)) {
    score -= 15;
  } else if (item.level > person.level + 2) {
    score -= 10;
    missing.push({ key: 'missing.higherLevelFirst', params: { level: item.level } });
  }
  if (item.foundation && person.level < 2) {
    score += 15;
    reasons.push({ key: 'reason.foundationForYoungPeople' });
  }
  if (age.extendedFor) reasons.push({ key: 'reason.ageExtendedFor', params: { group: age.extendedFor } });
  if (age.ehcPlanNeeded) missing.push({ key: 'missing.ehcPlanForAge' });
  if (item.level === 7 && person.profile.age >= 22) {
    score -= 10;
    missing.push({ key: 'missing.level7Funding' });
  }
  if (person.profile.rightToWork === 'pending' || person.profile.rightToWork === 'unsure') missing.push({ key: 'missing.rightToWorkCheck' });
  // The foundation apprenticeship is the way in for young people, whatever they are interested in.
  if (!target && !fromCurrentRefs.has(item.id) && !(item.foundation && person.level < 2)) return null;
  return { id: `apprenticeship:${item.id}`, kind: 'apprenticeship', group: 'train', title: item.title, score, reasons, missing, refs: [item.id, ...item.leadsTo] };
}

/** Why a course suits this person, or null when it does not. Each rule names the case it serves. */
function courseFit(item: Qualification, person: Person, targets: Map<string, Message>, fromCurrentRefs: Set<string>): { score: number; reasons: Message[]; missing: Message[] } | null {
  const { profile } = person;
  if (person.completed.has(item.id)) return null;
  if (item.ageRange && !ageFits(item.ageRange, profile).fits) return null;
  const reasons: Message[] = [];
  const missing: Message[] = [];
  const inCareWork = person.currentRole?.careWorkforcePathway != null;
  switch (item.id) {
    case 'care-certificate':
      if (person.currentRole || !person.canWork) return null;
      return { score: 40, reasons: [{ key: 'reason.careCertificateAtStart' }], missing };
    case 'level-2-adult-social-care-certificate':
      if (!inCareWork || profile.age < 19) return null;
      return { score: 70, reasons: [{ key: 'reason.forCareStaff' }], missing };
    case 't-level-health':
      if (person.level >= 3) return null;
      return { score: 55, reasons: [{ key: 'reason.tLevelForYoungPeople' }], missing };
    case 'access-to-he-diploma-health': {
      if (person.level >= 3) return null;
      const degreeJob = [...targets.keys()].find((roleId) => item.leadsTo.includes(roleId));
      if (!degreeJob) return null;
      return { score: 55, reasons: [{ key: 'reason.routeToUniversity', params: { target: degreeJob } }], missing };
    }
    case 'functional-skills-english':
    case 'functional-skills-maths':
      if (person.level >= 2 || profile.age < 19) return null;
      return { score: 45, reasons: [{ key: 'reason.freeEnglishAndMaths' }], missing };
    case 'esol':
      return null; // offered as an English step instead
    case 'return-to-practice-course':
      if (profile.situation !== 'returner') return null;
      return { score: 70, reasons: [{ key: 'reason.returnToPractice' }], missing };
    case 'nmc-test-of-competence':
      return null; // part of the NMC registration route
  }
  if (fromCurrentRefs.has(item.id)) {
    reasons.push({ key: 'reason.nextStepFrom', params: { role: person.currentRole?.id ?? '', target: item.leadsTo[0] ?? '' } });
    return { score: 65, reasons, missing };
  }
  const target = item.leadsTo.find((roleId) => targets.has(roleId));
  if (!target) return null;
  if (item.level > person.level + 3) return null;
  reasons.push(targets.get(target) as Message);
  if (item.level > person.level + 1 && item.kind !== 'access-to-he') missing.push({ key: 'missing.higherLevelFirst', params: { level: item.level - 1 } });
  return { score: 40 - Math.max(0, item.level - person.level - 1) * 5, reasons, missing };
}

export function trainingSteps(prepared: PreparedCatalogue, person: Person, suggestedRoles: Set<string>): NextStep[] {
  const targets = targetRoles(prepared, person, suggestedRoles);
  const fromCurrentRefs = new Set(
    (person.currentRole?.progression ?? []).flatMap((edge) => edge.how.flatMap((step) => (step.ref ? [step.ref] : []))),
  );
  const steps: NextStep[] = [];
  for (const item of prepared.catalogue.apprenticeships) {
    const step = apprenticeshipStep(item, person, targets, fromCurrentRefs);
    if (step) steps.push(step);
  }
  for (const item of prepared.catalogue.qualifications) {
    const fit = courseFit(item, person, targets, fromCurrentRefs);
    if (!fit) continue;
    if (!person.canWork) {
      fit.reasons.push({ key: 'reason.learnWhileYouWait' });
      fit.missing.push({ key: 'missing.fundingDependsOnStatus' });
    }
    steps.push({ id: `course:${item.id}`, kind: 'course', group: 'train', title: item.title, score: fit.score, reasons: fit.reasons, missing: fit.missing, refs: [item.id, ...item.leadsTo] });
  }
  steps.push(...englishSteps(prepared, person));
  return steps;
}

/** English first where it holds someone back: ESOL, or the test their regulator asks for. */
function englishSteps(prepared: PreparedCatalogue, person: Person): NextStep[] {
  const { profile } = person;
  const steps: NextStep[] = [];
  const esol = prepared.qualificationById.get('esol');
  if (esol && profile.english !== undefined && ENGLISH_ORDER[profile.english] <= ENGLISH_ORDER.basic) {
    steps.push({
      id: 'english:esol', kind: 'english', group: 'train', title: esol.title, score: 80,
      reasons: [{ key: 'reason.englishOpensDoors' }, ...(person.canWork ? [] : [{ key: 'reason.learnWhileYouWait' }])],
      missing: [], refs: [esol.id],
    });
  }
  const route = person.registering;
  const ielts = route?.english.find((requirement) => requirement.test === 'IELTS Academic');
  if (route && ielts && typeof ielts.overall === 'number') {
    const have = profile.ieltsOverall;
    const meets = have !== undefined && have >= ielts.overall;
    steps.push({
      id: `english:test-for-${route.id}`, kind: 'english', group: 'recognition', title: 'English test for registration',
      titleKey: 'title.englishTest',
      score: meets ? 50 : 88,
      reasons: [meets ? { key: 'reason.englishMeetsRequirement', params: { have: have ?? 0, need: ielts.overall } } : { key: 'reason.regulatorEnglish', params: { regulator: route.regulator, need: ielts.overall } }],
      missing: meets ? [] : have === undefined ? [{ key: 'missing.takeEnglishTest', params: { need: ielts.overall } }] : [{ key: 'missing.englishBelowRequirement', params: { have, need: ielts.overall } }],
      refs: [route.id],
    });
  }
  return steps;
}
