// The data model: schemas and types for every collection in data/.
export * from './common';
export * from './vocab';
export * from './levels';
export * from './role';
export * from './apprenticeship';
export * from './qualification';
export * from './registration';
export * from './programme';
export * from './area';
export * from './catalogue';
