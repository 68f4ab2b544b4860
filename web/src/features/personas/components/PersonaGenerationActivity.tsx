import { Anchor, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { RunStateBadge } from '../../../components/ui/RunStateBadge';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { formatInstant } from '../../../lib/dates';
import { describeGenerator, formatTokens, generationKindLabels } from '../../../lib/generation';

const personaGenerationActivityFragment = graphql(`
  fragment PersonaGenerationActivity_persona on Persona {
    id
    timeZone
    generationUsage {
      runs
      inputTokens
      outputTokens
    }
    generationRuns(first: 5) {
      id
      kind
      state
      generator
      model
      inputTokens
      outputTokens
      createdAt
      error
      plan {
        id
        title
      }
    }
  }
`);

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" tt="uppercase" fw={700} c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </Stack>
  );
}

/** What generation has cost this persona, and its latest runs with their outcome. */
export function PersonaGenerationActivity(props: { persona: FragmentType<typeof personaGenerationActivityFragment> }) {
  const persona = getFragmentData(personaGenerationActivityFragment, props.persona);
  const usage = persona.generationUsage;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="persona-generation-heading">
      <Title order={2} size="h4" id="persona-generation-heading" mb="sm">
        Generation
      </Title>
      <SimpleGrid cols={3} mb="md" aria-label="Generation usage">
        <Figure label="Runs" value={formatTokens(usage.runs)} />
        <Figure label="Input tokens" value={formatTokens(usage.inputTokens)} />
        <Figure label="Output tokens" value={formatTokens(usage.outputTokens)} />
      </SimpleGrid>
      {persona.generationRuns.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing generated yet. Generate ideas from one of the plans below.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table verticalSpacing="xs" aria-label="Latest generation runs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Run</Table.Th>
                <Table.Th>State</Table.Th>
                <Table.Th>Generator</Table.Th>
                <Table.Th>Tokens in / out</Table.Th>
                <Table.Th>Started ({persona.timeZone})</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {persona.generationRuns.map((run) => (
                <Table.Tr key={run.id}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {generationKindLabels[run.kind]}
                      </Text>
                      {run.plan && (
                        <Anchor component={Link} to={`/plans/${run.plan.id}`} size="sm" truncate maw={180}>
                          {run.plan.title}
                        </Anchor>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td title={run.error ?? undefined}>
                    <RunStateBadge state={run.state} />
                  </Table.Td>
                  <Table.Td>{describeGenerator(run.generator, run.model)}</Table.Td>
                  <Table.Td>
                    {formatTokens(run.inputTokens)} / {formatTokens(run.outputTokens)}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatInstant(run.createdAt, persona.timeZone)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
