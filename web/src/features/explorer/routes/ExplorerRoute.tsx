// Loaded lazily by the router: GraphiQL and Monaco are most of the app's weight and only
// developers open this page.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { Box } from '@mantine/core';
import { GraphiQL } from 'graphiql';
import { createClient } from 'graphql-ws';
import { useEffect, useMemo } from 'react';
import { authorizationHeader } from '../../../lib/auth-token';
import { graphqlHttpPath, graphqlWebSocketUrl } from '../../../lib/endpoints';

const exampleQuery = `# You are signed in: these requests run as you.
# Open Docs (first icon in the left bar) to browse the schema.
query MyPersonas {
  viewer {
    email
    profile { displayName timeZone }
  }
  personas(first: 5) {
    nodes {
      name
      handle
      itemCounts { total scheduled posted }
    }
  }
}
`;

export function ExplorerRoute() {
  // The token travels in the fetcher, not the headers editor, so it is never shown or stored.
  const { fetcher, wsClient } = useMemo(() => {
    const client = createClient({
      url: graphqlWebSocketUrl(),
      lazy: true,
      connectionParams: () => {
        const authorization = authorizationHeader();
        return authorization ? { authorization } : {};
      },
    });
    const authorization = authorizationHeader();
    return {
      wsClient: client,
      fetcher: createGraphiQLFetcher({
        url: graphqlHttpPath,
        headers: authorization ? { Authorization: authorization } : {},
        wsClient: client,
      }),
    };
  }, []);

  useEffect(() => () => void wsClient.dispose(), [wsClient]);

  return (
    <Box
      h="calc(100dvh - var(--app-shell-header-height, 0px) - 2 * var(--mantine-spacing-md))"
      mih={480}
      style={{
        border: '1px solid var(--mantine-color-default-border)',
        borderRadius: 'var(--mantine-radius-md)',
        overflow: 'hidden',
      }}
    >
      <GraphiQL fetcher={fetcher} defaultQuery={exampleQuery} forcedTheme="light" />
    </Box>
  );
}
