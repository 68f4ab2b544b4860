import type { ApolloClient } from '@apollo/client';
import { graphql } from '../../gql/gql';
import { getToken } from '../../lib/auth-token';

/** Who is signed in: the signed-in pages wait for it (RequireSession). */
export const sessionViewerQuery = graphql(`
  query SessionViewer {
    viewer {
      id
      ...UserMenu_viewer
      ...EmailConfirmationNotice_viewer
    }
  }
`);

/**
 * Asks who is signed in as soon as a signed-in page is opened, while the pages' code loads (the
 * router calls this as a loader); RequireSession's useQuery joins the request or reads its answer.
 * A failure is RequireSession's to show, so it is dropped here.
 */
export function preloadSessionViewer(client: ApolloClient): void {
  if (getToken() === null) return;
  client.query({ query: sessionViewerQuery }).catch(() => undefined);
}
