import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { NotFound } from '../../../components/ui/NotFound';
import { PageLoader } from '../../../components/ui/PageLoader';
import { QueryError } from '../../../components/ui/QueryError';
import { graphql } from '../../../gql/gql';
import { AnalyticsDashboard } from '../components/AnalyticsDashboard';

// The persona comes first: the period's days start at midnight in its time zone, so the
// dashboard's own query can only be asked once the zone is known.
const personaAnalyticsRouteQuery = graphql(`
  query PersonaAnalyticsRoute($id: ID!) {
    persona(id: $id) {
      id
      name
      handle
      timeZone
    }
  }
`);

export function PersonaAnalyticsRoute() {
  const { personaId = '' } = useParams();
  const { data, error, refetch } = useQuery(personaAnalyticsRouteQuery, { variables: { id: personaId } });

  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader rows={4} />;
  if (!data.persona) return <NotFound what="persona" />;
  return <AnalyticsDashboard persona={data.persona} />;
}
