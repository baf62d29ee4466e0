// Checks a programme's eligibility rules against a profile. Unknown answers never exclude:
// they become a "missing" note so the person or adviser can check.
import type { AgeRange, Eligibility, PriorityGroup, Profile } from '../model/index.ts';
import type { Message } from './types.ts';

export interface EligibilityResult {
  eligible: boolean;
  reasons: Message[];
  missing: Message[];
}

const EMPLOYMENT_FOR_SITUATION: Record<string, string[]> = {
  unemployed: ['unemployed'],
  employed: ['employed', 'low-paid'],
  student: ['student'],
  carer: ['unemployed'],
  returner: ['unemployed'],
};

/** Whether an age fits a range, counting extended ages for the groups they apply to. */
export function ageFits(range: AgeRange, profile: Profile): { fits: boolean; extendedFor?: string; ehcPlanNeeded?: boolean } {
  const { age } = profile;
  if (age < range.min) return { fits: false };
  if (range.max === null || age <= range.max) return { fits: true };
  if (range.extendedMax === undefined || age > range.extendedMax) return { fits: false };
  const group = range.extendedFor?.find((item) => profile.priorityGroups?.includes(item as PriorityGroup));
  if (group) return { fits: true, extendedFor: group };
  // An EHC plan is not something we ask about; a disabled person may have one, so say so.
  if (range.extendedFor?.includes('ehc-plan') && profile.priorityGroups?.includes('disabled')) return { fits: true, ehcPlanNeeded: true };
  return { fits: false };
}

export function checkEligibility(rules: Eligibility, profile: Profile): EligibilityResult {
  const reasons: Message[] = [];
  const missing: Message[] = [];
  const no = { eligible: false, reasons, missing };

  if (rules.minAge !== null && profile.age < rules.minAge) return no;
  if (rules.maxAge !== null && profile.age > rules.maxAge) return no;
  if (rules.minAge !== null || rules.maxAge !== null) reasons.push({ key: 'reason.ageFits', params: { age: profile.age } });

  if (rules.priorityGroups.length > 0) {
    const group = rules.priorityGroups.find((item) => profile.priorityGroups?.includes(item));
    if (!group) return no;
    reasons.push({ key: 'reason.forYourGroup', params: { group } });
  }

  if (rules.rightToWorkRequired) {
    if (profile.rightToWork === 'no') return no;
    if (profile.rightToWork !== 'yes') missing.push({ key: 'missing.rightToWorkCheck' });
  }

  if (!rules.employment.includes('any')) {
    const statuses = profile.situation ? (EMPLOYMENT_FOR_SITUATION[profile.situation] ?? []) : undefined;
    if (statuses === undefined) {
      missing.push({ key: 'missing.checkWorkStatus' });
    } else if (!statuses.some((status) => rules.employment.includes(status as (typeof rules.employment)[number]))) {
      return no;
    } else if (statuses.includes('unemployed')) {
      reasons.push({ key: 'reason.forPeopleOutOfWork' });
    }
  }

  if (rules.incomeCapGBP !== null) missing.push({ key: 'missing.incomeUnder', params: { amount: rules.incomeCapGBP } });

  if (rules.areas !== 'england') {
    if (!profile.area) missing.push({ key: 'missing.checkArea' });
    else if (!rules.areas.includes(profile.area)) return no;
    else reasons.push({ key: 'reason.inYourArea' });
  }

  for (const rule of rules.otherRules.slice(0, 1)) missing.push({ key: 'missing.otherRule', params: { rule } });
  return { eligible: true, reasons, missing };
}
