// Validates the raw data files and joins them into one typed catalogue.
// Runs in Node (build, data:check) and never in the browser: the app only sees checked data.
import type { z } from 'zod';
import { apprenticeshipSchema, type Apprenticeship } from './apprenticeship.ts';
import { areaSchema, type Area } from './area.ts';
import { qualificationLevelSchema, type QualificationLevel } from './levels.ts';
import { programmeSchema, type Programme } from './programme.ts';
import { qualificationSchema, type Qualification } from './qualification.ts';
import { registrationRouteSchema, type RegistrationRoute } from './registration.ts';
import { roleSchema, type Role } from './role.ts';
import { checkPathways, checkReferences } from './checks.ts';
import { careerChangerSchema, type CareerChanger } from './career-changer.ts';
import { keyFigureSchema, type KeyFigure } from './figure.ts';
import { payScaleSchema, type PayScale } from './pay-scale.ts';

export interface Catalogue {
  levels: QualificationLevel[];
  roles: Role[];
  apprenticeships: Apprenticeship[];
  qualifications: Qualification[];
  registration: RegistrationRoute[];
  programmes: Programme[];
  payScales: PayScale[];
  figures: KeyFigure[];
  careerChangers: CareerChanger[];
  areas: Area[];
}

/** One problem in one field of one record, worded so a non-programmer can fix it. */
export interface DataProblem {
  file: string;
  record: string;
  field: string;
  message: string;
}

export function formatProblem(problem: DataProblem): string {
  return `${problem.file}: record "${problem.record}", field "${problem.field}": ${problem.message}`;
}

/** The files that make up the catalogue; areas live one file each under data/areas/. */
export const COLLECTION_FILES = {
  levels: 'levels.json',
  roles: 'roles.json',
  apprenticeships: 'apprenticeships.json',
  qualifications: 'qualifications.json',
  registration: 'registration.json',
  programmes: 'programmes.json',
  payScales: 'pay-scales.json',
  figures: 'figures.json',
  careerChangers: 'career-changers.json',
} as const;

type ArrayCollection = keyof typeof COLLECTION_FILES;

const RECORD_SCHEMAS: { [K in ArrayCollection]: z.ZodType<Catalogue[K][number]> } = {
  levels: qualificationLevelSchema,
  roles: roleSchema,
  apprenticeships: apprenticeshipSchema,
  qualifications: qualificationSchema,
  registration: registrationRouteSchema,
  programmes: programmeSchema,
  payScales: payScaleSchema,
  figures: keyFigureSchema,
  careerChangers: careerChangerSchema,
};

/** Collections that must be present for the app to run at all. */
const REQUIRED: ReadonlySet<ArrayCollection> = new Set(['levels']);

/** Parsed JSON of each file, keyed by its path relative to data/ (e.g. "roles.json", "areas/barnet.json"). */
export type RawDataFiles = Record<string, unknown>;

export interface CatalogueResult {
  catalogue: Catalogue;
  problems: DataProblem[];
}

function recordLabel(value: unknown, index: number): string {
  if (value && typeof value === 'object' && 'id' in value && typeof value.id === 'string' && value.id) {
    return value.id;
  }
  return `#${index + 1}`;
}

function describePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(whole record)' : path.map(String).join('.');
}

function parseRecords<T>(file: string, raw: unknown, schema: z.ZodType<T>, problems: DataProblem[]): T[] {
  if (!Array.isArray(raw)) {
    problems.push({ file, record: '(file)', field: '(file)', message: 'must be a list of records, written [ ... ]' });
    return [];
  }
  const records: T[] = [];
  const seen = new Set<string>();
  raw.forEach((item, index) => {
    const record = recordLabel(item, index);
    if (seen.has(record)) {
      problems.push({ file, record, field: 'id', message: 'is used by another record in this file' });
    }
    seen.add(record);
    const result = schema.safeParse(item);
    if (result.success) {
      records.push(result.data);
      return;
    }
    for (const issue of result.error.issues) {
      problems.push({ file, record, field: describePath(issue.path), message: issue.message });
    }
  });
  return records;
}

function parseArea(file: string, raw: unknown, problems: DataProblem[]): Area | null {
  const result = areaSchema.safeParse(raw);
  if (result.success) {
    const expectedId = file.replace(/^areas\//, '').replace(/\.json$/, '');
    if (result.data.id !== expectedId) {
      problems.push({ file, record: result.data.id, field: 'id', message: `must match the file name "${expectedId}"` });
    }
    return result.data;
  }
  const offers = raw && typeof raw === 'object' && 'offers' in raw && Array.isArray(raw.offers) ? raw.offers : [];
  for (const issue of result.error.issues) {
    const [first, second, ...rest] = issue.path;
    const inOffer = first === 'offers' && typeof second === 'number';
    problems.push({
      file,
      record: inOffer ? recordLabel(offers[second], second) : recordLabel(raw, 0),
      field: describePath(inOffer ? rest : issue.path),
      message: issue.message,
    });
  }
  return null;
}

/**
 * Checks every record of every file and joins the valid ones into a catalogue.
 * The catalogue is only safe to ship when `problems` is empty.
 */
export function buildCatalogue(files: RawDataFiles): CatalogueResult {
  const problems: DataProblem[] = [];
  const collection = <K extends ArrayCollection>(key: K): Catalogue[K] => {
    const file = COLLECTION_FILES[key];
    if (!(file in files)) {
      if (REQUIRED.has(key)) {
        problems.push({ file, record: '(file)', field: '(file)', message: 'is missing' });
      }
      return [];
    }
    return parseRecords(file, files[file], RECORD_SCHEMAS[key], problems) as Catalogue[K];
  };

  const catalogue: Catalogue = {
    levels: collection('levels'),
    roles: collection('roles'),
    apprenticeships: collection('apprenticeships'),
    qualifications: collection('qualifications'),
    registration: collection('registration'),
    programmes: collection('programmes'),
    payScales: collection('payScales'),
    figures: collection('figures'),
    careerChangers: collection('careerChangers'),
    areas: Object.keys(files)
      .filter((file) => file.startsWith('areas/'))
      .sort()
      .map((file) => parseArea(file, files[file], problems))
      .filter((area): area is Area => area !== null),
  };
  problems.push(...checkReferences(catalogue), ...checkPathways(catalogue));
  return { catalogue, problems };
}

