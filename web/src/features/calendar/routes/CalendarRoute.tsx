import { useQuery } from '@apollo/client/react';
import { Group, Select } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/ui/PageHeader';
import { PageLoader } from '../../../components/ui/PageLoader';
import { ShowSimulatedSwitch } from '../../../components/ui/ShowSimulatedSwitch';
import { QueryError } from '../../../components/ui/QueryError';
import { graphql } from '../../../gql/gql';
import { useShowSimulated } from '../../../lib/show-simulated';
import { browserTimeZone } from '../../../lib/time-zones';
import { CalendarLegend } from '../components/CalendarLegend';
import { PostCalendar } from '../components/PostCalendar';

const calendarPageQuery = graphql(`
  query CalendarPage {
    personas(includeArchived: true, first: 100) {
      nodes {
        id
        name
        handle
        timeZone
      }
    }
  }
`);

/** Every persona's posts on one calendar, narrowed to one persona with `?persona=`. */
export function CalendarRoute() {
  const [searchParams, setSearchParams] = useSearchParams();
  const personaId = searchParams.get('persona') || null;
  const [showSimulated, setShowSimulated] = useShowSimulated();
  const { data, error, refetch } = useQuery(calendarPageQuery);

  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader rows={3} />;

  const personas = data.personas.nodes;
  const shown = personaId ? personas.filter((persona) => persona.id === personaId) : personas;
  const zones = new Set(shown.map((persona) => persona.timeZone));
  const nowZone = zones.size === 1 ? ([...zones][0] ?? browserTimeZone()) : browserTimeZone();

  function choosePersona(id: string | null) {
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (id) next.set('persona', id);
        else next.delete('persona');
        return next;
      },
      { replace: true },
    );
  }

  return (
    <>
      <PageHeader title="Calendar" description="Scheduled and published posts of your personas. Changes appear here live." />
      <Group align="flex-end" gap="lg" mb="md">
        <Select
          label="Persona"
          placeholder="All personas"
          searchable
          clearable
          w={360}
          maw="100%"
          data={personas.map((persona) => ({ value: persona.id, label: `${persona.name} (@${persona.handle})` }))}
          value={personaId}
          onChange={choosePersona}
        />
        <ShowSimulatedSwitch checked={showSimulated} onChange={setShowSimulated} />
      </Group>
      <CalendarLegend personas={shown} />
      <PostCalendar personaId={personaId} nowZone={nowZone} mixedZones={zones.size > 1} includeSimulated={showSimulated} />
    </>
  );
}
