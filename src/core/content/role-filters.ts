// The filters on "Explore jobs", kept in the page address so a view can be shared or bookmarked.
// Reading an address never fails: values it does not know are dropped, the rest still apply.
import type { Catalogue, Role } from '../model/index.ts';
import { HOURS_PATTERNS, INTERESTS, SETTINGS } from '../model/vocab.ts';
import { waysInto } from './pathways.ts';

export const FILTER_LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;
export const SECTOR_CHOICES = ['nhs', 'social-care', 'both'] as const;

export type FilterLevel = (typeof FILTER_LEVELS)[number];
export type Setting = (typeof SETTINGS)[number];
export type Interest = (typeof INTERESTS)[number];
export type SectorChoice = (typeof SECTOR_CHOICES)[number];

export interface RoleFilters {
  levels: FilterLevel[];
  sector?: SectorChoice;
  settings: Setting[];
  interests: Interest[];
  noQualifications: boolean;
  partTime: boolean;
  noDriving: boolean;
  apprenticeship: boolean;
}

/** The on/off filters, by their name in the address. */
export const SWITCHES = ['noQualifications', 'partTime', 'noDriving', 'apprenticeship'] as const;
type Switch = (typeof SWITCHES)[number];

const PARAM: Record<Switch, string> = {
  noQualifications: 'no-qualifications',
  partTime: 'part-time',
  noDriving: 'no-driving',
  apprenticeship: 'apprenticeship',
};

export const noFilters = (): RoleFilters => ({
  levels: [],
  settings: [],
  interests: [],
  noQualifications: false,
  partTime: false,
  noDriving: false,
  apprenticeship: false,
});

function known<T extends string | number>(values: readonly T[], raw: string[], parse: (text: string) => T | string | number): T[] {
  const picked = new Set(raw.map(parse).filter((value): value is T => (values as readonly (string | number)[]).includes(value)));
  return values.filter((value) => picked.has(value));
}

export function parseRoleFilters(params: URLSearchParams): RoleFilters {
  const sector = params.get('sector');
  const filters: RoleFilters = {
    ...noFilters(),
    levels: known(FILTER_LEVELS, params.getAll('level'), (text) => (/^\d$/.test(text) ? Number(text) : text)),
    settings: known(SETTINGS, params.getAll('setting'), String),
    interests: known(INTERESTS, params.getAll('interest'), String),
  };
  if ((SECTOR_CHOICES as readonly string[]).includes(sector ?? '')) filters.sector = sector as SectorChoice;
  for (const name of SWITCHES) filters[name] = params.get(PARAM[name]) === 'yes';
  return filters;
}

export function roleFiltersToParams(filters: RoleFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const level of filters.levels) params.append('level', String(level));
  if (filters.sector) params.set('sector', filters.sector);
  for (const setting of filters.settings) params.append('setting', setting);
  for (const interest of filters.interests) params.append('interest', interest);
  for (const name of SWITCHES) if (filters[name]) params.set(PARAM[name], 'yes');
  return params;
}

export function countActiveFilters(filters: RoleFilters): number {
  return (
    filters.levels.length +
    (filters.sector ? 1 : 0) +
    filters.settings.length +
    filters.interests.length +
    SWITCHES.filter((name) => filters[name]).length
  );
}

function inSector(role: Role, sector: SectorChoice): boolean {
  if (sector === 'both') return role.sectors.includes('nhs') && role.sectors.includes('social-care');
  return role.sectors.includes(sector);
}

/**
 * Roles that pass every filter. Within one group (levels, settings, interests) any match will do;
 * across groups all must match, as people expect from shop filters.
 */
export function filterRoles(catalogue: Catalogue, filters: RoleFilters): Role[] {
  const anyOf = <T>(wanted: T[], has: (value: T) => boolean) => wanted.length === 0 || wanted.some(has);
  return catalogue.roles.filter(
    (role) =>
      anyOf(filters.levels, (level) => role.level === level) &&
      (!filters.sector || inSector(role, filters.sector)) &&
      anyOf(filters.settings, (setting) => role.settings.includes(setting)) &&
      anyOf(filters.interests, (interest) => role.interests.includes(interest)) &&
      (!filters.noQualifications || role.level === 0) &&
      (!filters.partTime || role.hours.includes('part-time' satisfies (typeof HOURS_PATTERNS)[number])) &&
      // "Sometimes" stays in: many such jobs (a care home, say) never need a car.
      (!filters.noDriving || role.checks.drivingLicence !== 'usually') &&
      (!filters.apprenticeship || waysInto(catalogue, role.id).apprenticeships.length > 0),
  );
}
