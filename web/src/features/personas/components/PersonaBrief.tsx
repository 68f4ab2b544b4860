import { Badge, Code, Group, Paper, Spoiler, Text, Title } from '@mantine/core';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';

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
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="persona-brief-heading">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="persona-brief-heading">
          Brief
        </Title>
        <Badge variant="outline" color="grape">
          Brief version {persona.briefVersion}
        </Badge>
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
    </Paper>
  );
}
