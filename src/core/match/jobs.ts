// Jobs a person could apply for now, scored on how well each fits their life and what they bring.
import type { Role } from '../model/index.ts';
import { ENGLISH_ORDER, needsRegistrationFirst, offersFlexibleHours, type Person } from './person.ts';
import type { PreparedCatalogue } from './prepare.ts';
import type { Message, NextStep } from './types.ts';

function canStartNow(role: Role, person: Person, fromCurrent: boolean, whileRegistering: boolean): boolean {
  if (!person.canWork) return false;
  if (role.checks.minimumAge > person.profile.age) return false;
  if (role.id === person.currentRole?.id) return false;
  if (needsRegistrationFirst(role)) {
    const registeredForIt = person.profile.ukRegistered === true && person.profile.profession === role.id;
    if (!registeredForIt) return false;
  }
  return role.level <= person.level || fromCurrent || whileRegistering;
}

export function jobSteps(prepared: PreparedCatalogue, person: Person): NextStep[] {
  const { profile } = person;
  const edgesFromCurrent = new Map((person.currentRole?.progression ?? []).map((edge) => [edge.to, edge]));
  const meanwhile = new Set(person.registering?.workMeanwhile ?? []);
  const steps: NextStep[] = [];

  for (const role of prepared.catalogue.roles) {
    const edge = edgesFromCurrent.get(role.id);
    const fromCurrent = edge !== undefined && edge.how.some((step) => step.kind === 'experience');
    const whileRegistering = meanwhile.has(role.id);
    if (!canStartNow(role, person, fromCurrent, whileRegistering)) continue;

    let score = 40 + Math.min(5, role.progression.length);
    const reasons: Message[] = [];
    const missing: Message[] = [];

    if (edge && person.currentRole) {
      score += 30;
      reasons.push({ key: 'reason.stepUpFrom', params: { role: person.currentRole.id } });
    }
    if (whileRegistering && person.registering) {
      score += 35;
      reasons.push({ key: 'reason.workWhileRegistering', params: { regulator: person.registering.regulator } });
    }
    const sharedInterests = role.interests.filter((interest) => person.interests.has(interest));
    if (sharedInterests.length > 0) {
      score += 12 * Math.min(2, sharedInterests.length);
      reasons.push({ key: 'reason.matchesInterests', params: { interests: sharedInterests.join(',') } });
    }
    const carried = person.skillsByRole.get(role.id);
    if (carried) {
      score += 20;
      reasons.push({ key: 'reason.usesYourSkills', params: { work: carried.family, skills: carried.skills.join(',') } });
    }
    if (role.level === 0) {
      if (person.level === 0) score += 5;
      reasons.push({ key: 'reason.noQualificationsNeeded' });
    } else if (role.level === person.statedLevel) {
      score += 8;
      reasons.push({ key: 'reason.usesYourQualificationLevel', params: { level: role.level } });
    }
    // Do not push people with higher qualifications towards jobs far below them.
    if (person.statedLevel >= 3 && role.level < person.statedLevel && !edge && !whileRegistering && !person.registering) {
      score -= 4 * (person.statedLevel - role.level);
    }

    if (person.wantsFewerHours) {
      if (offersFlexibleHours(role)) {
        score += 10;
        reasons.push({ key: 'reason.fitsYourHours', params: { hours: profile.hoursPerWeek ?? 0 } });
      } else {
        score -= 15;
        missing.push({ key: 'missing.hoursMayNotFit' });
      }
    }
    if (person.hasCaringDuties && offersFlexibleHours(role)) {
      score += 5;
      reasons.push({ key: 'reason.fitsCaring' });
    }

    if (role.checks.drivingLicence === 'usually') {
      if (profile.canDrive === false) {
        score -= 25;
        missing.push({ key: 'missing.needsDrivingLicence' });
      } else if (profile.canDrive === undefined) {
        missing.push({ key: 'missing.mayNeedDrivingLicence' });
      } else {
        reasons.push({ key: 'reason.youCanDrive' });
      }
    } else if (role.checks.drivingLicence === 'sometimes' && profile.canDrive === false) {
      score -= 5;
      missing.push({ key: 'missing.someEmployersAskLicence' });
    }

    if (profile.english && ENGLISH_ORDER[profile.english] < ENGLISH_ORDER[role.englishNeeded]) {
      score -= 15;
      missing.push({ key: 'missing.improveEnglish', params: { level: role.englishNeeded } });
    }
    if (profile.rightToWork === 'pending' || profile.rightToWork === 'unsure') missing.push({ key: 'missing.rightToWorkCheck' });
    if (role.checks.dbs !== 'none' && profile.priorityGroups?.includes('ex-offender')) {
      missing.push({ key: 'missing.dbsWithConviction' });
    }

    steps.push({ id: `job:${role.id}`, kind: 'job', group: 'apply-now', title: role.title, score, reasons, missing, refs: [role.id] });
  }
  return steps;
}
