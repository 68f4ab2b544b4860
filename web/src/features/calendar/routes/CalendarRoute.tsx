import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/ui/PageHeader';
import { PageLoader } from '../../../components/ui/PageLoader';
import { QueryError } from '../../../components/ui/QueryError';
import { graphql } from '../../../gql/gql';
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
      <Select
        label="Persona"
        placeholder="All personas"
        searchable
        clearable
        maw={360}
        mb="md"
        data={personas.map((persona) => ({ value: persona.id, label: `${persona.name} (@${persona.handle})` }))}
        value={personaId}
        onChange={choosePersona}
      />
      <CalendarLegend personas={shown} />
      <PostCalendar personaId={personaId} nowZone={nowZone} mixedZones={zones.size > 1} />
    </>
  );
}
