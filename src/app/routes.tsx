// Every page and its address. Pages load on demand so the first screen needs little JavaScript.
import { useRouteError } from 'react-router';
import type { RouteObject } from 'react-router';
import { ErrorMessage } from '../ui/ErrorMessage';
import { PageLoading } from '../ui/PageLoading';
import { paths } from '../ui/paths';
import { Layout } from './Layout';

function RouteError() {
  console.error('Care Routes could not show this page', useRouteError());
  return <ErrorMessage />;
}

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    // Shown while the first page's code loads: the frame, with an empty main area.
    hydrateFallbackElement: (
      <Layout>
        <PageLoading />
      </Layout>
    ),
    errorElement: (
      <Layout>
        <RouteError />
      </Layout>
    ),
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { path: paths.home, lazy: async () => ({ Component: (await import('../features/home/HomePage')).HomePage }) },
          { path: paths.find, lazy: async () => ({ Component: (await import('../features/finder/FinderStartPage')).FinderStartPage }) },
          { path: paths.results, lazy: async () => ({ Component: (await import('../features/finder/ResultsPage')).ResultsPage }) },
          { path: '/find/:questionId', lazy: async () => ({ Component: (await import('../features/finder/QuestionPage')).QuestionPage }) },
          { path: paths.explore, lazy: async () => ({ Component: (await import('../features/explore/ExplorePage')).ExplorePage }) },
          { path: paths.search, lazy: async () => ({ Component: (await import('../features/search/SearchPage')).SearchPage }) },
          { path: paths.map, lazy: async () => ({ Component: (await import('../features/pathways/PathwayMapPage')).PathwayMapPage }) },
          { path: paths.compare, lazy: async () => ({ Component: (await import('../features/compare/ComparePage')).ComparePage }) },
          { path: '/roles/:roleId', lazy: async () => ({ Component: (await import('../features/role/RolePage')).RolePage }) },
          {
            path: '/apprenticeships/:apprenticeshipId',
            lazy: async () => ({ Component: (await import('../features/apprenticeship/ApprenticeshipPage')).ApprenticeshipPage }),
          },
          {
            path: '/qualifications/:qualificationId',
            lazy: async () => ({ Component: (await import('../features/qualification/QualificationPage')).QualificationPage }),
          },
          {
            path: '/registration/:routeId',
            lazy: async () => ({ Component: (await import('../features/registration/RegistrationPage')).RegistrationPage }),
          },
          { path: '/programmes/:programmeId', lazy: async () => ({ Component: (await import('../features/programme/ProgrammePage')).ProgrammePage }) },
          { path: paths.qualifiedAbroad, lazy: async () => ({ Component: (await import('../features/abroad/QualifiedAbroadPage')).QualifiedAbroadPage }) },
          { path: paths.changingCareer, lazy: async () => ({ Component: (await import('../features/changing/ChangingCareerPage')).ChangingCareerPage }) },
          { path: paths.advisers, lazy: async () => ({ Component: (await import('../features/advisers/AdvisersPage')).AdvisersPage }) },
          { path: paths.plan, lazy: async () => ({ Component: (await import('../features/plan/PlanPage')).PlanPage }) },
          { path: paths.openPlan, lazy: async () => ({ Component: (await import('../features/plan/OpenSharedPlanPage')).OpenSharedPlanPage }) },
          { path: paths.levels, lazy: async () => ({ Component: (await import('../features/levels/LevelsPage')).LevelsPage }) },
          {
            path: paths.accessibility,
            lazy: async () => ({ Component: (await import('../features/about/AccessibilityPage')).AccessibilityPage }),
          },
          { path: paths.privacy, lazy: async () => ({ Component: (await import('../features/about/PrivacyPage')).PrivacyPage }) },
          {
            path: '*',
            lazy: async () => ({ Component: (await import('../features/not-found/NotFoundPage')).NotFoundPage }),
          },
        ],
      },
    ],
  },
];
