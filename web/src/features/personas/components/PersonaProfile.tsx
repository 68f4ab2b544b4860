import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { platformLabels } from '../../../lib/platforms';

const personaProfileFragment = graphql(`
  fragment PersonaProfile_persona on Persona {
    id
    niche
    bio
    voice
    style
    personality
    aesthetic
    timeZone
    platformStrategy {
      platforms
      postsPerWeek
      cadence
      goals
    }
  }
`);

function Trait({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" tt="uppercase" fw={700} c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
        {children || '—'}
      </Text>
    </Stack>
  );
}

/** The persona's identity as writers and AI prompts use it. */
export function PersonaProfile(props: { persona: FragmentType<typeof personaProfileFragment> }) {
  const persona = getFragmentData(personaProfileFragment, props.persona);
  const strategy = persona.platformStrategy;
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h4" mb="sm">
        Identity
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Trait label="Niche">{persona.niche}</Trait>
        <Trait label="Time zone">{persona.timeZone}</Trait>
        <Trait label="Bio">{persona.bio}</Trait>
        <Trait label="Voice">{persona.voice}</Trait>
        <Trait label="Style">{persona.style}</Trait>
        <Trait label="Personality">{persona.personality}</Trait>
        <Trait label="Aesthetic">{persona.aesthetic}</Trait>
        <Trait label="Cadence">
          {[strategy.postsPerWeek != null && `${strategy.postsPerWeek} posts per week`, strategy.cadence]
            .filter(Boolean)
            .join(' · ')}
        </Trait>
      </SimpleGrid>
      <Group gap="xs" mt="md">
        {strategy.platforms.map((platform) => (
          <Badge key={platform} variant="light">
            {platformLabels[platform]}
          </Badge>
        ))}
        {strategy.goals.map((goal) => (
          <Badge key={goal} variant="outline" color="grape">
            {goal}
          </Badge>
        ))}
      </Group>
    </Paper>
  );
}
