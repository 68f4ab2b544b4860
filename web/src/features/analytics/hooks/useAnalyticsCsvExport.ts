import { useApolloClient } from '@apollo/client/react';
import { notifications } from '../../../lib/notifications';
import { useCallback, useState } from 'react';
import { getFragmentData } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { analyticsCsv, csvFileName, uniquePosts } from '../components/analytics-csv';
import { downloadTextFile } from '../../../lib/csv';
import { describeActionError } from '../../../lib/graphql-errors';

// Every measured post of the period, up to the largest page the API serves.
const postPage = 1000;

const analyticsExportQuery = graphql(`
  query AnalyticsExport($id: ID!, $from: DateTime!, $to: DateTime!) {
    persona(id: $id) {
      id
      analyticsSummary(from: $from, to: $to) {
        timeZone
        simulated
        posts
        daily {
          day
          posts
          views
          reach
          totalInteractions
          engagementRate
          followers
          simulated
        }
        measuredPosts(first: 1000) {
          ...AnalyticsExport_post
        }
      }
    }
  }
`);

const analyticsExportPostFragment = graphql(`
  fragment AnalyticsExport_post on PostPerformance {
    platform
    publishedAt
    views
    reach
    likes
    comments
    shares
    saved
    totalInteractions
    engagementRate
    simulated
    item {
      id
      title
    }
  }
`);

interface ExportTarget {
  personaId: string;
  handle: string;
  from: string;
  to: string;
  fromDay: string;
  toDay: string;
}

/** Fetches the period's full figures on demand and downloads them as CSV. */
export function useAnalyticsCsvExport(target: ExportTarget) {
  const client = useApolloClient();
  const [exporting, setExporting] = useState(false);
  const { personaId, handle, from, to, fromDay, toDay } = target;

  const exportCsv = useCallback(async () => {
    setExporting(true);
    try {
      const { data } = await client.query({
        query: analyticsExportQuery,
        variables: { id: personaId, from, to },
        fetchPolicy: 'network-only',
      });
      const summary = data?.persona?.analyticsSummary;
      if (!summary) {
        notifications.show({ color: 'red', message: 'This persona no longer exists, or it is not yours.' });
        return;
      }
      const posts = uniquePosts(getFragmentData(analyticsExportPostFragment, summary.measuredPosts));
      downloadTextFile(csvFileName(handle, fromDay, toDay), analyticsCsv({ ...summary, posts }));
      if (posts.length < summary.posts) {
        notifications.show({
          color: 'yellow',
          message:
            `The file lists the first ${posts.length} of the period’s ${summary.posts} posts (at most ${postPage}); ` +
            'choose a shorter period for the rest.',
        });
      }
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not export the figures', message: describeActionError(error) });
    } finally {
      setExporting(false);
    }
  }, [client, personaId, handle, from, to, fromDay, toDay]);

  return { exportCsv, exporting };
}
