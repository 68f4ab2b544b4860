import { Badge, Button, Code, Group, Modal, Paper, Spoiler, Text, Title } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { Suspense, useState } from 'react';
import { PageLoader } from '../../../components/ui/PageLoader';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { lazyComponent } from '../../../lib/lazy-component';

const BriefHistory = lazyComponent(() => import('../brief-history/BriefHistory').then((module) => module.BriefHistory));

const personaBriefFragment = graphql(`
  fragment PersonaBrief_persona on Persona {
    id
    briefVersion
    brief
  }
`);

/** The brief exactly as the generator receives it, so a team can see what steers its content. */
export function PersonaBrief(props: { persona: FragmentType<typeof personaBriefFragment> }) {
  const persona = getFragmentData(personaBriefFragment, props.persona);
  const [historyOpen, setHistoryOpen] = useState(false);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="persona-brief-heading">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="persona-brief-heading">
          Brief
        </Title>
        <Group gap="xs">
          <Badge variant="outline" color="grape">
            Brief version {persona.briefVersion}
          </Badge>
          <Button size="xs" variant="default" leftSection={<IconHistory size={14} />} onClick={() => setHistoryOpen(true)}>
            History
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        Every prompt for this persona starts from this text. Editing the identity, topics, words to avoid or example
        posts makes a new version; generated items remember the version they came from.
      </Text>
      <Spoiler maxHeight={150} showLabel="Show the whole brief" hideLabel="Show less">
        <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }} aria-label="Brief text">
          {persona.brief}
        </Code>
      </Spoiler>
      <Modal opened={historyOpen} onClose={() => setHistoryOpen(false)} title="Brief history" size="xl">
        <Suspense fallback={<PageLoader rows={3} />}>
          <BriefHistory personaId={persona.id} />
        </Suspense>
      </Modal>
    </Paper>
  );
}
