// Closed word lists the data, the engine and the interface all share.
// Adding a value here means adding its label to locales/en/vocab.json too.

export const SECTORS = ['nhs', 'social-care'] as const;

export const SETTINGS = [
  'hospital',
  'care-home',
  'home-care',
  'community',
  'mental-health',
  'gp-practice',
  'ambulance',
  'council',
  'pharmacy',
  'dental-practice',
  'supported-living',
  'day-centre',
  'office',
] as const;

export const HOURS_PATTERNS = [
  'full-time',
  'part-time',
  'shifts',
  'nights',
  'weekends',
  'flexible',
  'term-time',
] as const;

export const INTERESTS = [
  'older-people',
  'mental-health',
  'children',
  'learning-disability',
  'hands-on',
  'clinical',
  'admin',
  'technical',
  'community',
] as const;

export type PriorityGroup = (typeof PRIORITY_GROUPS)[number];

export const PRIORITY_GROUPS = [
  'care-leaver',
  'refugee',
  'disabled',
  'over-50',
  'veteran',
  'carer',
  'lone-parent',
  'long-term-unemployed',
  'neet',
  'ex-offender',
] as const;

export const SITUATIONS = ['unemployed', 'employed', 'student', 'carer', 'returner', 'other'] as const;

export const ENGLISH_LEVELS = ['none', 'basic', 'good', 'fluent'] as const;

export const REGULATORS = ['nmc', 'gmc', 'hcpc', 'swe', 'gphc', 'gdc', 'cqc'] as const;

/** The eight role categories of the Care Workforce Pathway for adult social care (DHSC, April 2025). */
export const CARE_WORKFORCE_PATHWAY = [
  'new-to-care',
  'care-or-support-worker',
  'enhanced-care-worker',
  'personal-assistant',
  'supervisor-or-leader',
  'practice-leader',
  'deputy-manager',
  'registered-manager',
] as const;

export const DBS_LEVELS = [
  'none',
  'basic',
  'standard',
  'enhanced',
  'enhanced-adults-barred-list',
  'enhanced-both-barred-lists',
] as const;

export const NHS_BANDS = ['2', '3', '4', '5', '6', '7', '8a', '8b', '8c', '8d', '9'] as const;

export const QUALIFICATION_KINDS = [
  'induction-standard',
  'certificate',
  'diploma',
  'functional-skills',
  'esol',
  'access-to-he',
  't-level',
  'foundation-degree',
  'degree',
  'postgraduate',
  'short-course',
] as const;

export const PROGRAMME_KINDS = [
  'funding',
  'training',
  'employment-support',
  'bursary',
  'work-placement',
  'advice',
] as const;

export const EMPLOYMENT_STATUSES = ['unemployed', 'employed', 'low-paid', 'student', 'any'] as const;

export const OFFER_KINDS = [
  'course',
  'employment-support',
  'care-academy',
  'jobs-portal',
  'volunteering',
  'advice',
  'funding',
] as const;

export const VERIFICATION = ['verified', 'unverified'] as const;

/** Families of work people change career from, each mapped to skills in data/career-changers.json. */
export const WORK_FAMILIES = [
  'hospitality',
  'retail',
  'customer-service',
  'admin',
  'cleaning',
  'security',
  'driving',
  'construction',
  'manufacturing',
  'education',
  'childcare',
  'finance',
  'it',
  'management',
  'armed-forces',
] as const;

export const RIGHT_TO_WORK = ['yes', 'no', 'pending', 'unsure'] as const;
