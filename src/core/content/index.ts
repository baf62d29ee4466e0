// Read-only views of the catalogue that pages and the engine share.
export * from './pathways.ts';
