import { graphql } from '../../../gql/gql';
import { columnFilters, type BoardScope } from '../components/board-columns';

/** The persona board's data: one document, so the page and its preload (preload-board.ts) ask alike. */
export const personaBoardPageQuery = graphql(`
  query PersonaBoardPage(
    $personaId: ID!
    $idea: ContentItemFilter!
    $draft: ContentItemFilter!
    $ready: ContentItemFilter!
    $scheduled: ContentItemFilter!
    $posted: ContentItemFilter!
    $failed: ContentItemFilter!
  ) {
    persona(id: $personaId) {
      id
      name
      handle
      contentPlans(first: 100) {
        id
        title
      }
    }
    platforms {
      platform
      label
      canPublish
      captionMaxCharacters
    }
    ...ContentBoard_query
  }
`);

export const personaBoardPageVariables = (scope: BoardScope, personaId: string) => ({ ...columnFilters(scope), personaId });
