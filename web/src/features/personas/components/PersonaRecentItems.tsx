import { Anchor, Group, Paper, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { StatusBadge } from '../../../components/ui/StatusBadge';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { formatInstant } from '../../../lib/dates';
import { platformLabels } from '../../../lib/platforms';

const personaRecentItemsFragment = graphql(`
  fragment PersonaRecentItems_persona on Persona {
    id
    timeZone
    recentItems(first: 5) {
      id
      title
      platform
      status
      scheduledAt
      plan {
        id
        title
      }
    }
  }
`);

export function PersonaRecentItems(props: { persona: FragmentType<typeof personaRecentItemsFragment> }) {
  const persona = getFragmentData(personaRecentItemsFragment, props.persona);
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          Recent content
        </Title>
        <Anchor component={Link} to={`/content?persona=${persona.id}`} size="sm">
          All content of this persona
        </Anchor>
      </Group>
      {persona.recentItems.length === 0 ? (
        <Text size="sm" c="dimmed">
          No content items yet.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Title</Table.Th>
                <Table.Th>Plan</Table.Th>
                <Table.Th>Platform</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Scheduled ({persona.timeZone})</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {persona.recentItems.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>{item.title || <Text c="dimmed">Untitled</Text>}</Table.Td>
                  <Table.Td>
                    {item.plan ? (
                      <Anchor component={Link} to={`/plans/${item.plan.id}`} size="sm">
                        {item.plan.title}
                      </Anchor>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td>{platformLabels[item.platform]}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={item.status} />
                  </Table.Td>
                  <Table.Td>{item.scheduledAt ? formatInstant(item.scheduledAt, persona.timeZone) : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
