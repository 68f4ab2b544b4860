import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconChartLine, IconLayoutKanban, IconPencil, IconTimeline } from '@tabler/icons-react';
import { Link, Outlet, useParams } from 'react-router';
import { NotFound } from '../../../components/ui/NotFound';
import { PageHeader } from '../../../components/ui/PageHeader';
import { PageLoader } from '../../../components/ui/PageLoader';
import { QueryError } from '../../../components/ui/QueryError';
import { StatusCounts } from '../../../components/ui/StatusCounts';
import { graphql } from '../../../gql/gql';
import { ArchivePersonaButton } from '../components/ArchivePersonaButton';
import { PersonaBrief } from '../components/PersonaBrief';
import { PersonaLook } from '../components/PersonaLook';
import { PersonaGenerationActivity } from '../components/PersonaGenerationActivity';
import { PersonaOutdatedItems } from '../components/PersonaOutdatedItems';
import { PersonaProfile } from '../components/PersonaProfile';
import { PersonaPublishing } from '../components/PersonaPublishing';
import { PersonaRecentItems } from '../components/PersonaRecentItems';

const personaDetailPageQuery = graphql(`
  query PersonaDetailPage($id: ID!) {
    persona(id: $id) {
      id
      name
      handle
      archivedAt
      itemCounts {
        idea
        draft
        ready
        scheduled
        posted
        failed
        total
      }
      ...PersonaPublishing_persona
      ...PersonaProfile_persona
      ...PersonaBrief_persona
      ...PersonaLook_persona
      ...PersonaOutdatedItems_persona
      ...PersonaGenerationActivity_persona
      ...PersonaRecentItems_persona
    }
  }
`);

/** The persona page; the router renders the persona's plans (its own feature) in the outlet. */
export function PersonaDetailRoute() {
  const { personaId = '' } = useParams();
  // Runs and usage change on other pages (plans, the content editor) and in the background,
  // so a cached persona is shown at once and checked with the server.
  const { data, error, refetch } = useQuery(personaDetailPageQuery, {
    variables: { id: personaId },
    fetchPolicy: 'cache-and-network',
  });

  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader rows={4} />;
  if (!data.persona) return <NotFound what="persona" />;

  const { persona } = data;
  return (
    <Stack gap="lg">
      <PageHeader
        title={
          <Group gap="sm" component="span">
            {persona.name}
            {persona.archivedAt && (
              <Badge color="gray" variant="filled">
                Archived
              </Badge>
            )}
          </Group>
        }
        description={`@${persona.handle}`}
        actions={
          <>
            <Button
              component={Link}
              to={`/personas/${persona.id}/board`}
              variant="default"
              leftSection={<IconLayoutKanban size={16} />}
            >
              Board
            </Button>
            <Button
              component={Link}
              to={`/personas/${persona.id}/timeline`}
              variant="default"
              leftSection={<IconTimeline size={16} />}
            >
              Timeline
            </Button>
            <Button
              component={Link}
              to={`/personas/${persona.id}/analytics`}
              variant="default"
              leftSection={<IconChartLine size={16} />}
            >
              Analytics
            </Button>
            <Button
              component={Link}
              to={`/personas/${persona.id}/edit`}
              variant="default"
              leftSection={<IconPencil size={16} />}
            >
              Edit persona
            </Button>
            <ArchivePersonaButton personaId={persona.id} archived={persona.archivedAt != null} />
          </>
        }
      />
      <Paper withBorder radius="md" p="md">
        <Title order={2} size="h4" mb="xs">
          Content items
        </Title>
        <StatusCounts counts={persona.itemCounts} />
        <Text size="xs" c="dimmed" mt="xs">
          Counts cover every item of the persona, in or outside plans.
        </Text>
      </Paper>
      <PersonaPublishing persona={persona} />
      <PersonaProfile persona={persona} />
      <PersonaBrief persona={persona} />
      <PersonaLook persona={persona} />
      <PersonaOutdatedItems persona={persona} />
      <Outlet />
      <PersonaGenerationActivity persona={persona} />
      <PersonaRecentItems persona={persona} />
    </Stack>
  );
}
