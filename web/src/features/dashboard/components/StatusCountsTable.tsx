import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { contentStatuses, statusCountEntries } from '../../../lib/content-status';

const statusCountsTablePersonaFragment = graphql(`
  fragment StatusCountsTable_persona on Persona {
    id
    name
    handle
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

interface StatusCountsTableProps {
  personas: ReadonlyArray<FragmentType<typeof statusCountsTablePersonaFragment>>;
}

const statusColumns = Object.values(contentStatuses);

/** Where each persona's work stands: one row per persona, one column per status. */
export function StatusCountsTable({ personas: personaRefs }: StatusCountsTableProps) {
  const personas = getFragmentData(statusCountsTablePersonaFragment, personaRefs);
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h4" mb="sm">
        Items by status
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing={6} aria-label="Items by status" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Persona</Table.Th>
              {statusColumns.map(({ label }) => (
                <Table.Th key={label} ta="right">
                  {label}
                </Table.Th>
              ))}
              <Table.Th ta="right">Total</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {personas.map((persona) => (
              <Table.Tr key={persona.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/personas/${persona.id}/board`} size="sm" fw={500}>
                    {persona.name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    @{persona.handle}
                  </Text>
                </Table.Td>
                {statusCountEntries(persona.itemCounts).map(([status, count]) => (
                  <Table.Td key={status} ta="right" c={count === 0 ? 'dimmed' : undefined}>
                    {count}
                  </Table.Td>
                ))}
                <Table.Td ta="right" fw={600}>
                  {persona.itemCounts.total}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
