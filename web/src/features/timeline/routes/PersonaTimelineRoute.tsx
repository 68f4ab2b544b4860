import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFlag, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { NotFound } from '../../../components/ui/NotFound';
import { PageHeader } from '../../../components/ui/PageHeader';
import { PageLoader } from '../../../components/ui/PageLoader';
import { QueryError } from '../../../components/ui/QueryError';
import { describeError } from '../../../lib/graphql-errors';
import { notifications } from '../../../lib/notifications';
import { CanonFactDialog, type CanonFactValue } from '../components/CanonFactDialog';
import { CanonTimeline } from '../components/CanonTimeline';
import { StoryArcDialog } from '../components/StoryArcDialog';
import { useCanonEdits, usePersonaTimeline } from '../hooks/useCanon';

/**
 * The persona's canon: dated facts of its life and story arcs with beats, on one timeline. Plan
 * generation gives each idea what the persona knows as of its day and tells the beats in order;
 * a caption that contradicts the canon as of its day needs a reason to reach Ready.
 */
export function PersonaTimelineRoute() {
  const { personaId = '' } = useParams();
  const { data, error, refetch } = usePersonaTimeline(personaId);
  const edits = useCanonEdits();
  const [editing, setEditing] = useState<CanonFactValue | 'new' | null>(null);
  const [addingArc, setAddingArc] = useState(false);

  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader rows={4} />;
  if (!data.persona) return <NotFound what="persona" />;
  const { persona } = data;

  async function remove(action: () => Promise<void>, what: string) {
    try {
      await action();
    } catch (caught) {
      notifications.show({ color: 'red', title: `Could not delete ${what}`, message: describeError(caught).message });
    }
  }

  return (
    <Stack gap="lg">
      <PageHeader
        title={`${persona.name}: timeline`}
        description={
          <>
            <Anchor component={Link} to={`/personas/${persona.id}`} size="sm">
              @{persona.handle}
            </Anchor>{' '}
            · what the persona’s posts must agree with, day by day
          </>
        }
        actions={
          <>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
              Add a fact
            </Button>
            <Button variant="default" leftSection={<IconFlag size={16} />} onClick={() => setAddingArc(true)}>
              Add a story arc
            </Button>
          </>
        }
      />
      <Paper withBorder radius="md" p="md">
        <CanonTimeline
          facts={persona.canonFacts}
          arcs={persona.storyArcs}
          onEdit={(fact) => setEditing(fact)}
          onDelete={(fact) => void remove(() => edits.deleteFact(fact.id), fact.subject)}
        />
      </Paper>
      {persona.storyArcs.length > 0 && (
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="story-arcs-heading">
          <Title order={2} size="h4" id="story-arcs-heading" mb="xs">
            Story arcs
          </Title>
          <Stack gap="xs">
            {persona.storyArcs.map((arc) => (
              <Group key={arc.id} justify="space-between" wrap="nowrap">
                <div>
                  <Text fw={600} size="sm">
                    {arc.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {arc.beats.length} beats{arc.beats.length ? `, ${arc.beats[0]!.onDate} to ${arc.beats.at(-1)!.onDate}` : ''}
                    {arc.description && ` · ${arc.description}`}
                  </Text>
                </div>
                <Button size="compact-xs" variant="subtle" color="red" aria-label={`Delete arc ${arc.title}`} onClick={() => void remove(() => edits.deleteArc(arc.id), arc.title)}>
                  Delete
                </Button>
              </Group>
            ))}
          </Stack>
        </Paper>
      )}
      {editing && (
        <CanonFactDialog personaId={persona.id} fact={editing === 'new' ? null : editing} onSave={edits.saveFact} onClose={() => setEditing(null)} />
      )}
      {addingArc && <StoryArcDialog personaId={persona.id} onSave={edits.createArc} onClose={() => setAddingArc(false)} />}
    </Stack>
  );
}
