// Every page's address, in one place, so links and routes cannot drift apart.
export const paths = {
  home: '/',
  find: '/find',
  explore: '/explore',
  qualifiedAbroad: '/qualified-abroad',
  changingCareer: '/changing-career',
  advisers: '/advisers',
  levels: '/levels',
  accessibility: '/accessibility',
  privacy: '/privacy',
  results: '/find/results',
} as const;

/** A role's own page, such as /roles/care-worker. */
export const rolePath = (roleId: string) => `/roles/${roleId}`;

/** One question of "Find my next step", such as /find/age. */
export const finderPath = (questionId: string) => `/find/${questionId}`;
