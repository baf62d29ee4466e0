// The next-steps engine.
export * from './types.ts';
export { rankNextSteps } from './rank-next-steps.ts';
export { checkEligibility, ageFits } from './eligibility.ts';
export { checkProfileReferences } from './check-profile.ts';
