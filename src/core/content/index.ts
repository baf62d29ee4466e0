// Read-only views of the catalogue that pages and the engine share.
export * from './pathways.ts';
export * from './records.ts';
export * from './role-filters.ts';
export * from './pathway-map.ts';
export * from './compare.ts';
export * from './plan-steps.ts';
export * from './local-offers.ts';
