// The data model: schemas and types for every collection in data/.
export * from './common.ts';
export * from './vocab.ts';
export * from './levels.ts';
export * from './role.ts';
export * from './apprenticeship.ts';
export * from './qualification.ts';
export * from './registration.ts';
export * from './programme.ts';
export * from './area.ts';
export * from './figure.ts';
export * from './pay-scale.ts';
export * from './profile.ts';
export * from './career-changer.ts';
export * from './catalogue.ts';
export * from './checks.ts';
export * from './report.ts';
