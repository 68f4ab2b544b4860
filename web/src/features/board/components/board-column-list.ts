import { graphql } from '../../../gql/gql';

/** One column's list as the board and its "Show more" pages select it. */
export const boardColumnListFragment = graphql(`
  fragment BoardColumn_list on ContentItemConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      ...BoardCard_item
    }
  }
`);
