import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { StatusCounts } from '../../../components/ui/StatusCounts';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { platformLabels } from '../../../lib/platforms';

const personaCardFragment = graphql(`
  fragment PersonaCard_persona on Persona {
    id
    name
    handle
    niche
    archivedAt
    platformStrategy {
      platforms
    }
    itemCounts {
      idea
      draft
      ready
      scheduled
      posted
      failed
      total
    }
  }
`);

export function PersonaCard(props: { persona: FragmentType<typeof personaCardFragment> }) {
  const persona = getFragmentData(personaCardFragment, props.persona);
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-label={persona.name}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Anchor component={Link} to={`/personas/${persona.id}`} fw={600} size="lg" truncate>
              {persona.name}
            </Anchor>
            <Text size="sm" c="dimmed" truncate>
              @{persona.handle}
            </Text>
          </Stack>
          {persona.archivedAt && (
            <Badge color="gray" variant="filled">
              Archived
            </Badge>
          )}
        </Group>
        <Text size="sm" lineClamp={2}>
          {persona.niche}
        </Text>
        {persona.platformStrategy.platforms.length > 0 && (
          <Text size="xs" c="dimmed">
            {persona.platformStrategy.platforms.map((platform) => platformLabels[platform]).join(' · ')}
          </Text>
        )}
        <StatusCounts counts={persona.itemCounts} />
      </Stack>
    </Card>
  );
}
