import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { createPath } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from '../lib/apollo';
import { reloadIntoNewBuilds } from '../lib/code-loading';
import { NotificationsOnDemand } from './NotificationsOnDemand';
import { createAppRouter } from './router';
import { theme } from './theme';

// One client for the page's lifetime; sign-in and sign-out clear its store instead.
const apolloClient = createApolloClient({
  onSessionExpired: () => {
    void apolloClient.clearStore();
    const { pathname, search } = router.state.location;
    void router.navigate(`/sign-in?next=${encodeURIComponent(pathname + search)}`, { replace: true });
  },
});
const router = createAppRouter(apolloClient);

// After a deploy, a page whose code is gone reloads into the new build at the page being opened.
reloadIntoNewBuilds(() => {
  const opening = router.state.navigation.location;
  return opening ? createPath(opening) : window.location.href;
});

export function AppProviders() {
  return (
    // The system setting decides until the person picks light or dark (public/color-scheme.js
    // applies the choice before the first paint).
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <DatesProvider settings={{ firstDayOfWeek: 1, consistentWeeks: true }}>
        <NotificationsOnDemand />
        <ApolloProvider client={apolloClient}>
          <RouterProvider router={router} />
        </ApolloProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
