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
  map: '/pathways',
  compare: '/compare',
  search: '/search',
  plan: '/plan',
  /** Opens a plan shared as a link; kept short so the link fits a small QR code. */
  openPlan: '/p',
  nearYou: '/near-you',
} as const;

/** A role's own page, such as /roles/care-worker. */
export const rolePath = (roleId: string) => `/roles/${roleId}`;

/** An apprenticeship's own page, such as /apprenticeships/adult-care-worker. */
export const apprenticeshipPath = (apprenticeshipId: string) => `/apprenticeships/${apprenticeshipId}`;

/** A qualification's or course's own page, such as /qualifications/care-certificate. */
export const qualificationPath = (qualificationId: string) => `/qualifications/${qualificationId}`;

/** A registration route's own page, for people qualified abroad, such as /registration/nmc-nurse-overseas. */
export const registrationPath = (routeId: string) => `/registration/${routeId}`;

/** A funding or support programme's own page, such as /programmes/adult-skills-fund. */
export const programmePath = (programmeId: string) => `/programmes/${programmeId}`;

/** The page of any catalogue record that has one. */
export function recordPath(kind: 'apprenticeship' | 'qualification' | 'registration' | 'programme', id: string): string {
  switch (kind) {
    case 'apprenticeship':
      return apprenticeshipPath(id);
    case 'qualification':
      return qualificationPath(id);
    case 'registration':
      return registrationPath(id);
    case 'programme':
      return programmePath(id);
  }
}

/** The pathway map, lit up from one role: /pathways?from=care-worker. */
export const mapPath = (fromRoleId: string) => `${paths.map}?from=${encodeURIComponent(fromRoleId)}`;

/** Jobs side by side: /compare?roles=care-worker,nursing-associate. */
export const comparePath = (roleIds: readonly string[]) => `${paths.compare}?roles=${roleIds.map(encodeURIComponent).join(',')}`;

/** Search results for a query: /search?q=nurse. */
export const searchPath = (query: string) => (query ? `${paths.search}?q=${encodeURIComponent(query)}` : paths.search);

/** One question of "Find my next step", such as /find/age. */
export const finderPath = (questionId: string) => `/find/${questionId}`;

/** Training and support in one area: /near-you/barnet. */
export const areaPath = (areaId: string) => `${paths.nearYou}/${areaId}`;

/** One offer on its area's page: /near-you/barnet#boost-barnet. */
export const offerPath = (areaId: string, offerId: string) => `${areaPath(areaId)}#${offerId}`;
