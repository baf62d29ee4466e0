// Random but valid profiles, drawn from the catalogue's own ids: for property tests and the benchmark.
import fc from 'fast-check';
import { ENGLISH_LEVELS, INTERESTS, PRIORITY_GROUPS, RIGHT_TO_WORK, SITUATIONS, WORK_FAMILIES, type Catalogue, type Profile } from '../../src/core/model/index.ts';

export function profileArbitrary(catalogue: Catalogue): fc.Arbitrary<Profile> {
  const roleIds = catalogue.roles.map((role) => role.id);
  const completable = [...catalogue.qualifications, ...catalogue.apprenticeships].map((item) => item.id);
  const areaIds = catalogue.areas.map((area) => area.id);
  const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
  return fc
    .record(
      {
        age: fc.integer({ min: 14, max: 80 }),
        area: optional(fc.option(fc.constantFrom(...areaIds), { nil: null })),
        english: optional(fc.constantFrom(...ENGLISH_LEVELS)),
        ieltsOverall: optional(fc.constantFrom(4, 5, 5.5, 6, 6.5, 7, 7.5, 8, 8.5)),
        highestQualificationLevel: optional(fc.integer({ min: 0, max: 8 })),
        qualifiedAbroad: optional(fc.boolean()),
        profession: optional(fc.option(fc.constantFrom(...roleIds), { nil: null })),
        ukRegistered: optional(fc.boolean()),
        rightToWork: optional(fc.constantFrom(...RIGHT_TO_WORK)),
        situation: optional(fc.constantFrom(...SITUATIONS)),
        currentRole: optional(fc.option(fc.constantFrom(...roleIds), { nil: null })),
        previousWork: optional(fc.uniqueArray(fc.constantFrom(...WORK_FAMILIES), { maxLength: 3 })),
        hoursPerWeek: optional(fc.integer({ min: 0, max: 60 })),
        canDrive: optional(fc.boolean()),
        completed: optional(fc.uniqueArray(fc.constantFrom(...completable), { maxLength: 4 })),
        priorityGroups: optional(fc.uniqueArray(fc.constantFrom(...PRIORITY_GROUPS), { maxLength: 3 })),
        interests: optional(fc.uniqueArray(fc.constantFrom(...INTERESTS), { maxLength: 3 })),
      },
      { requiredKeys: ['age'] },
    )
    .map((profile) => Object.fromEntries(Object.entries(profile).filter(([, value]) => value !== undefined)) as Profile);
}
