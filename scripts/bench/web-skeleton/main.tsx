// The baseline of `pnpm bench:web`: the least an app on our stack ships (React 19, Apollo
// Client 4 with its cache, graphql-ws for subscriptions), built by the same Vite, rendering one
// query's answer.
import { ApolloClient, ApolloLink, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const socket = createClient({ url: `${location.origin.replace(/^http/, 'ws')}/graphql`, lazy: true });
const client = new ApolloClient({
  link: ApolloLink.split(({ query }) => isSubscriptionOperation(query), new GraphQLWsLink(socket), new HttpLink({ uri: '/graphql' })),
  cache: new InMemoryCache(),
});

const TYPENAME = gql`
  query Skeleton {
    __typename
  }
`;

function Page() {
  const { data } = useQuery(TYPENAME);
  return (
    <main>
      <h1>Skeleton</h1>
      <p>{data ? `Answered by ${data.__typename}` : 'Asking…'}</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <Page />
    </ApolloProvider>
  </StrictMode>,
);
