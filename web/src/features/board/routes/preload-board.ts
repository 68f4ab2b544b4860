import type { ApolloClient } from '@apollo/client';
import { scopeOf } from '../components/board-columns';
import { boardFiltersOf } from '../hooks/useBoardFilters';
import { personaBoardPageQuery, personaBoardPageVariables } from './persona-board-page-query';

/**
 * Asks for a persona board's data while the page's code is still on its way (the router calls
 * this as the route's loader), so the two no longer wait for each other. The page's useQuery
 * joins the request in flight (Apollo sends identical operations once) or reads the answer from
 * the cache; a failure is the page's to show, so it is dropped here.
 */
export function preloadPersonaBoard(client: ApolloClient, personaId: string, url: URL): void {
  const scope = scopeOf({ ...boardFiltersOf(url.searchParams), personaId });
  client.query({ query: personaBoardPageQuery, variables: personaBoardPageVariables(scope, personaId) }).catch(() => undefined);
}
