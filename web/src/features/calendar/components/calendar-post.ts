import { graphql } from '../../../gql/gql';

/** What the calendar shows of a post, and its details when opened. */
export const calendarPostFragment = graphql(`
  fragment CalendarPost_post on ScheduledPost {
    id
    runAt
    state
    attempts
    permalink
    publishedAt
    lastError
    channel {
      id
      platform
      accountName
    }
    item {
      id
      title
      status
      platform
      format
      scheduledAt
      version
      simulated
      persona {
        id
        name
        handle
        timeZone
      }
    }
  }
`);
