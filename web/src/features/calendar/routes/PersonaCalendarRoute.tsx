import { useQuery } from '@apollo/client/react';
import { Anchor, Box } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { NotFound } from '../../../components/ui/NotFound';
import { PageHeader } from '../../../components/ui/PageHeader';
import { PageLoader } from '../../../components/ui/PageLoader';
import { ShowSimulatedSwitch } from '../../../components/ui/ShowSimulatedSwitch';
import { QueryError } from '../../../components/ui/QueryError';
import { graphql } from '../../../gql/gql';
import { channelsPath, sandboxFeedPath } from '../../../lib/publishing';
import { useShowSimulated } from '../../../lib/show-simulated';
import { CalendarLegend } from '../components/CalendarLegend';
import { PostCalendar } from '../components/PostCalendar';

const personaCalendarPageQuery = graphql(`
  query PersonaCalendarPage($personaId: ID!) {
    persona(id: $personaId) {
      id
      name
      handle
      timeZone
    }
  }
`);

/** One persona's posts, in its time zone. */
export function PersonaCalendarRoute() {
  const { personaId = '' } = useParams();
  const [showSimulated, setShowSimulated] = useShowSimulated();
  const { data, error, refetch } = useQuery(personaCalendarPageQuery, { variables: { personaId } });

  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader rows={3} />;
  if (!data.persona) return <NotFound what="persona" />;

  const { persona } = data;
  return (
    <>
      <PageHeader
        title={`${persona.name}: calendar`}
        description={
          <>
            <Anchor component={Link} to={`/personas/${persona.id}`} size="sm">
              @{persona.handle}
            </Anchor>
            {' · '}
            <Anchor component={Link} to={channelsPath(persona.id)} size="sm">
              Channels
            </Anchor>
            {' · '}
            <Anchor component={Link} to={sandboxFeedPath(persona.id)} size="sm">
              Sandbox feed
            </Anchor>
          </>
        }
      />
      <Box mb="md">
        <ShowSimulatedSwitch checked={showSimulated} onChange={setShowSimulated} />
      </Box>
      <CalendarLegend personas={[persona]} />
      <PostCalendar personaId={persona.id} nowZone={persona.timeZone} mixedZones={false} includeSimulated={showSimulated} />
    </>
  );
}
