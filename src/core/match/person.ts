// Facts about a person that several rules need, worked out once from their profile.
import type { Profile, RegistrationRoute, Role, TransferableSkill } from '../model/index.ts';
import type { PreparedCatalogue } from './prepare.ts';

export const ENGLISH_ORDER = { none: 0, basic: 1, good: 2, fluent: 3 } as const;

const FLEXIBLE_HOURS = new Set(['part-time', 'flexible', 'term-time']);

export interface Person {
  profile: Profile;
  /** Highest qualification level, counting a profession trained for; an unanswered question counts as none. */
  level: number;
  /** The level the person told us, without inferring it from a profession. */
  statedLevel: number;
  canWork: boolean;
  currentRole?: Role;
  /** Skills carried over from previous work, keyed by the roles that use them. */
  skillsByRole: Map<string, { family: string; skills: TransferableSkill[] }>;
  /** The registration route they need first, when qualified abroad and not yet registered. */
  registering?: RegistrationRoute;
  wantsFewerHours: boolean;
  hasCaringDuties: boolean;
  completed: Set<string>;
  interests: Set<string>;
}

export function describePerson(profile: Profile, prepared: PreparedCatalogue): Person {
  const skillsByRole = new Map<string, { family: string; skills: TransferableSkill[] }>();
  for (const familyId of profile.previousWork ?? []) {
    const family = prepared.familyById.get(familyId);
    for (const roleId of family?.roles ?? []) {
      if (!skillsByRole.has(roleId)) skillsByRole.set(roleId, { family: familyId, skills: family?.skills ?? [] });
    }
  }
  const registering =
    profile.qualifiedAbroad && profile.profession && !profile.ukRegistered
      ? prepared.registrationByProfession.get(profile.profession)
      : undefined;
  // Someone trained for a profession holds at least that profession's level, even if they skipped the question.
  const profession = profile.profession ? prepared.roleById.get(profile.profession) : undefined;
  return {
    profile,
    level: Math.max(profile.highestQualificationLevel ?? 0, profession?.level ?? 0),
    statedLevel: profile.highestQualificationLevel ?? 0,
    canWork: profile.rightToWork !== 'no',
    currentRole: profile.currentRole ? prepared.roleById.get(profile.currentRole) : undefined,
    skillsByRole,
    registering,
    wantsFewerHours: profile.hoursPerWeek !== undefined && profile.hoursPerWeek < 30,
    hasCaringDuties:
      profile.situation === 'carer' || Boolean(profile.priorityGroups?.some((group) => group === 'carer' || group === 'lone-parent')),
    completed: new Set(profile.completed ?? []),
    interests: new Set(profile.interests ?? []),
  };
}

export function offersFlexibleHours(role: Role): boolean {
  return role.hours.some((pattern) => FLEXIBLE_HOURS.has(pattern));
}

/** Regulated professions need UK registration before the job; a CQC-registered manager registers after hire. */
export function needsRegistrationFirst(role: Role): boolean {
  return role.regulation !== null && role.regulation.regulator !== 'cqc';
}
