import type { ApolloClient } from '@apollo/client';
import { Center, Loader } from '@mantine/core';
import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate, type LoaderFunctionArgs } from 'react-router';
import { NotFound } from '../components/ui/NotFound';
import { loadCode } from '../lib/code-loading';
import { SignInRoute } from '../features/auth/routes/SignInRoute';
import { preloadSessionViewer } from '../features/auth/session-viewer';
import { RouteErrorBoundary } from './RouteErrorBoundary';

/**
 * Signed-in pages (and their shell) load on first visit, so the first screen (sign-in) does not
 * wait for the layout, the date pickers, the editors, GraphiQL or most of the styles. Loading never fails for an outage (React Router would
 * keep the failure for good): it waits for the server; after a deploy it reloads into the new
 * build at the page being opened.
 */
function page<Module>(load: () => Promise<Module>, pick: (module: Module) => ComponentType) {
  return async () => ({ Component: pick(await loadCode(load)) });
}

/**
 * A route loader that starts a page's data request beside its code instead of after it: `load`
 * brings the page's small preload module, `run` sends the request, and the loader returns at once
 * (the page renders from Apollo's cache or joins the request in flight, and shows any failure).
 */
function preloading<Module>(load: () => Promise<Module>, run: (module: Module, args: LoaderFunctionArgs) => void) {
  return (args: LoaderFunctionArgs) => {
    loadCode(load).then(
      (module) => run(module, args),
      () => undefined,
    );
    return null;
  };
}

const pageLoading = (
  <Center h="100vh">
    <Loader aria-label="Loading page" />
  </Center>
);

/** The app's pages; `client` is the Apollo client their data loads through. */
export function createAppRouter(client: ApolloClient) {
  return createBrowserRouter([
  { path: '/sign-in', element: <SignInRoute />, errorElement: <RouteErrorBoundary /> },
  {
    path: '/sign-up',
    lazy: page(
      () => import('../features/auth/routes/SignUpRoute'),
      (m) => m.SignUpRoute,
    ),
    hydrateFallbackElement: pageLoading,
    errorElement: <RouteErrorBoundary />,
  },
  // Opened from emailed links, signed in or not.
  {
    path: '/forgot-password',
    lazy: page(
      () => import('../features/auth/routes/ForgotPasswordRoute'),
      (m) => m.ForgotPasswordRoute,
    ),
    hydrateFallbackElement: pageLoading,
    errorElement: <RouteErrorBoundary />,
  },
  {
    path: '/reset-password',
    lazy: page(
      () => import('../features/auth/routes/ResetPasswordRoute'),
      (m) => m.ResetPasswordRoute,
    ),
    hydrateFallbackElement: pageLoading,
    errorElement: <RouteErrorBoundary />,
  },
  {
    path: '/verify-email',
    lazy: page(
      () => import('../features/auth/routes/VerifyEmailRoute'),
      (m) => m.VerifyEmailRoute,
    ),
    hydrateFallbackElement: pageLoading,
    errorElement: <RouteErrorBoundary />,
  },
  {
    path: '/',
    lazy: page(
      () => import('./layout/SignedInShell'),
      (m) => m.SignedInShell,
    ),
    loader: () => {
      preloadSessionViewer(client);
      return null;
    },
    errorElement: <RouteErrorBoundary />,
    hydrateFallbackElement: pageLoading,
    children: [
      {
        // A crashing page renders its error inside the layout, keeping the navigation usable.
        errorElement: <RouteErrorBoundary />,
        children: [
          { index: true, element: <Navigate to="/dashboard" replace /> },
          {
            path: 'dashboard',
            lazy: page(
              () => import('../features/dashboard/routes/DashboardRoute'),
              (m) => m.DashboardRoute,
            ),
          },
          {
            path: 'board',
            lazy: page(
              () => import('../features/board/routes/BoardRoute'),
              (m) => m.BoardRoute,
            ),
          },
          {
            path: 'personas',
            lazy: page(
              () => import('../features/personas/routes/PersonaListRoute'),
              (m) => m.PersonaListRoute,
            ),
          },
          {
            path: 'personas/new',
            lazy: page(
              () => import('../features/personas/routes/PersonaNewRoute'),
              (m) => m.PersonaNewRoute,
            ),
          },
          {
            path: 'personas/:personaId',
            lazy: page(
              () => import('../features/personas/routes/PersonaDetailRoute'),
              (m) => m.PersonaDetailRoute,
            ),
            children: [
              {
                index: true,
                lazy: page(
                  () => import('../features/plans/routes/PersonaPlansSection'),
                  (m) => m.PersonaPlansSection,
                ),
              },
            ],
          },
          {
            path: 'personas/:personaId/board',
            loader: preloading(
              () => import('../features/board/routes/preload-board'),
              (module, { params, request }) => module.preloadPersonaBoard(client, params['personaId'] ?? '', new URL(request.url)),
            ),
            lazy: page(
              () => import('../features/board/routes/PersonaBoardRoute'),
              (m) => m.PersonaBoardRoute,
            ),
          },
          {
            path: 'personas/:personaId/calendar',
            lazy: page(
              () => import('../features/calendar/routes/PersonaCalendarRoute'),
              (m) => m.PersonaCalendarRoute,
            ),
          },
          {
            path: 'personas/:personaId/grid',
            lazy: page(
              () => import('../features/grid/routes/InstagramGridRoute'),
              (m) => m.InstagramGridRoute,
            ),
          },
          {
            path: 'personas/:personaId/timeline',
            lazy: page(
              () => import('../features/timeline/routes/PersonaTimelineRoute'),
              (m) => m.PersonaTimelineRoute,
            ),
          },
          {
            path: 'personas/:personaId/analytics',
            lazy: page(
              () => import('../features/analytics/routes/PersonaAnalyticsRoute'),
              (m) => m.PersonaAnalyticsRoute,
            ),
          },
          {
            path: 'personas/:personaId/channels',
            lazy: page(
              () => import('../features/channels/routes/ChannelsRoute'),
              (m) => m.ChannelsRoute,
            ),
          },
          {
            path: 'personas/:personaId/sandbox',
            lazy: page(
              () => import('../features/sandbox/routes/SandboxFeedRoute'),
              (m) => m.SandboxFeedRoute,
            ),
          },
          {
            path: 'personas/:personaId/edit',
            lazy: page(
              () => import('../features/personas/routes/PersonaEditRoute'),
              (m) => m.PersonaEditRoute,
            ),
          },
          {
            path: 'personas/:personaId/plans/new',
            lazy: page(
              () => import('../features/plans/routes/PlanNewRoute'),
              (m) => m.PlanNewRoute,
            ),
          },
          {
            path: 'plans/:planId',
            lazy: page(
              () => import('../features/plans/routes/PlanDetailRoute'),
              (m) => m.PlanDetailRoute,
            ),
          },
          {
            path: 'plans/:planId/edit',
            lazy: page(
              () => import('../features/plans/routes/PlanEditRoute'),
              (m) => m.PlanEditRoute,
            ),
          },
          {
            path: 'calendar',
            lazy: page(
              () => import('../features/calendar/routes/CalendarRoute'),
              (m) => m.CalendarRoute,
            ),
          },
          {
            path: 'content',
            lazy: page(
              () => import('../features/content/routes/ContentListRoute'),
              (m) => m.ContentListRoute,
            ),
          },
          {
            path: 'assets',
            lazy: page(
              () => import('../features/assets/routes/AssetLibraryRoute'),
              (m) => m.AssetLibraryRoute,
            ),
          },
          {
            path: 'trash',
            lazy: page(
              () => import('../features/trash/routes/TrashRoute'),
              (m) => m.TrashRoute,
            ),
          },
          {
            path: 'profile',
            lazy: page(
              () => import('../features/auth/routes/ProfileRoute'),
              (m) => m.ProfileRoute,
            ),
          },
          {
            path: 'explorer',
            lazy: page(
              () => import('../features/explorer/routes/ExplorerRoute'),
              (m) => m.ExplorerRoute,
            ),
          },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
]);
}
