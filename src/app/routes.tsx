// Every page and its address. Pages load on demand so the first screen needs little JavaScript.
import { Navigate, useLocation, useParams, useRouteError } from 'react-router';
import { useEffect, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { NotFoundPage } from '../features/not-found/NotFoundPage';
import { isPrefixedLanguage } from '../i18n/language-paths';
import { DEFAULT_LANGUAGE } from '../i18n/languages';
import { ErrorMessage } from '../ui/ErrorMessage';
import { PageLoading } from '../ui/PageLoading';
import { paths } from '../ui/paths';
import { Layout } from './Layout';
import { isCodeLoadError, mayReloadForNewVersion, reloadForNewVersion } from './reload-for-new-version';

/** A page that failed: its code missing after a new version was deployed gets one reload, anything else a kind message. */
function RouteError() {
  const error = useRouteError();
  const reload = isCodeLoadError(error) && mayReloadForNewVersion();
  useEffect(() => {
    if (reload) reloadForNewVersion();
    else console.error('Care Routes could not show this page', error);
  }, [reload, error]);
  return reload ? <PageLoading /> : <ErrorMessage />;
}

/** A child route's path: "/explore" becomes "explore", under the language. */
const relative = (path: string) => path.slice(1);

/**
 * Checks the language in the address. English has no prefix, so /en/explore goes to /explore; an
 * unknown prefix (/xx/explore) is a page that does not exist.
 */
function LanguageRoot({ children }: { children?: ReactNode }) {
  const { lang } = useParams();
  const { pathname, search, hash } = useLocation();
  if (lang === DEFAULT_LANGUAGE) return <Navigate to={pathname.slice(1 + lang.length) + search + hash || '/'} replace />;
  if (lang !== undefined && !isPrefixedLanguage(lang)) {
    return (
      <Layout>
        <NotFoundPage />
      </Layout>
    );
  }
  return <Layout>{children}</Layout>;
}

export const routes: RouteObject[] = [
  {
    path: '/:lang?',
    element: <LanguageRoot />,
    // Shown while the first page's code loads: the frame, with an empty main area.
    hydrateFallbackElement: (
      <LanguageRoot>
        <PageLoading />
      </LanguageRoot>
    ),
    errorElement: (
      <LanguageRoot>
        <RouteError />
      </LanguageRoot>
    ),
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: async () => ({ Component: (await import('../features/home/HomePage')).HomePage }) },
          { path: relative(paths.find), lazy: async () => ({ Component: (await import('../features/finder/FinderStartPage')).FinderStartPage }) },
          { path: relative(paths.results), lazy: async () => ({ Component: (await import('../features/finder/ResultsPage')).ResultsPage }) },
          { path: 'find/:questionId', lazy: async () => ({ Component: (await import('../features/finder/QuestionPage')).QuestionPage }) },
          { path: relative(paths.explore), lazy: async () => ({ Component: (await import('../features/explore/ExplorePage')).ExplorePage }) },
          { path: relative(paths.search), lazy: async () => ({ Component: (await import('../features/search/SearchPage')).SearchPage }) },
          { path: relative(paths.map), lazy: async () => ({ Component: (await import('../features/pathways/PathwayMapPage')).PathwayMapPage }) },
          { path: relative(paths.compare), lazy: async () => ({ Component: (await import('../features/compare/ComparePage')).ComparePage }) },
          { path: 'roles/:roleId', lazy: async () => ({ Component: (await import('../features/role/RolePage')).RolePage }) },
          {
            path: 'apprenticeships/:apprenticeshipId',
            lazy: async () => ({ Component: (await import('../features/apprenticeship/ApprenticeshipPage')).ApprenticeshipPage }),
          },
          {
            path: 'qualifications/:qualificationId',
            lazy: async () => ({ Component: (await import('../features/qualification/QualificationPage')).QualificationPage }),
          },
          {
            path: 'registration/:routeId',
            lazy: async () => ({ Component: (await import('../features/registration/RegistrationPage')).RegistrationPage }),
          },
          { path: 'programmes/:programmeId', lazy: async () => ({ Component: (await import('../features/programme/ProgrammePage')).ProgrammePage }) },
          { path: relative(paths.qualifiedAbroad), lazy: async () => ({ Component: (await import('../features/abroad/QualifiedAbroadPage')).QualifiedAbroadPage }) },
          { path: relative(paths.changingCareer), lazy: async () => ({ Component: (await import('../features/changing/ChangingCareerPage')).ChangingCareerPage }) },
          { path: relative(paths.advisers), lazy: async () => ({ Component: (await import('../features/advisers/AdvisersPage')).AdvisersPage }) },
          { path: relative(paths.plan), lazy: async () => ({ Component: (await import('../features/plan/PlanPage')).PlanPage }) },
          { path: relative(paths.openPlan), lazy: async () => ({ Component: (await import('../features/plan/OpenSharedPlanPage')).OpenSharedPlanPage }) },
          { path: relative(paths.nearYou), lazy: async () => ({ Component: (await import('../features/near-you/NearYouPage')).NearYouPage }) },
          { path: 'near-you/:areaId', lazy: async () => ({ Component: (await import('../features/near-you/AreaPage')).AreaPage }) },
          { path: relative(paths.levels), lazy: async () => ({ Component: (await import('../features/levels/LevelsPage')).LevelsPage }) },
          {
            path: relative(paths.accessibility),
            lazy: async () => ({ Component: (await import('../features/about/AccessibilityPage')).AccessibilityPage }),
          },
          { path: relative(paths.privacy), lazy: async () => ({ Component: (await import('../features/about/PrivacyPage')).PrivacyPage }) },
          {
            path: '*',
            lazy: async () => ({ Component: (await import('../features/not-found/NotFoundPage')).NotFoundPage }),
          },
        ],
      },
    ],
  },
];
