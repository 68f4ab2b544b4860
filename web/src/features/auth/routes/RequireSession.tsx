import { useQuery } from '@apollo/client/react';
import { Center, Container, Loader } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { QueryError } from '../../../components/ui/QueryError';
import type { SessionViewerQuery } from '../../../gql/graphql';
import { clearToken, getToken } from '../../../lib/auth-token';
import { sessionViewerQuery } from '../session-viewer';

type SignedInViewer = NonNullable<SessionViewerQuery['viewer']>;

interface RequireSessionProps {
  children: (viewer: SignedInViewer) => ReactNode;
}

/** Renders its children only for a signed-in viewer; everyone else goes to sign-in. */
export function RequireSession({ children }: RequireSessionProps) {
  const location = useLocation();
  const hasToken = getToken() !== null;
  const { data, error, refetch } = useQuery(sessionViewerQuery, { skip: !hasToken });
  const signedOut = !hasToken || data?.viewer === null;

  // A stored token the server no longer accepts is useless; forget it.
  useEffect(() => {
    if (hasToken && data?.viewer === null) clearToken();
  }, [hasToken, data]);

  if (signedOut) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  if (error) {
    return (
      <Container size="sm" py="xl">
        <QueryError error={error} onRetry={() => void refetch()} />
      </Container>
    );
  }
  if (!data?.viewer) {
    return (
      <Center h="100vh">
        <Loader aria-label="Loading your session" />
      </Center>
    );
  }
  return children(data.viewer);
}
