import { Anchor, Group, Paper, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { GeneratedBadge } from '../../../components/ui/GeneratedBadge';
import { StatusBadge } from '../../../components/ui/StatusBadge';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { formatInstant } from '../../../lib/dates';
import { platformLabels } from '../../../lib/platforms';

const planItemListFragment = graphql(`
  fragment PlanItemList_plan on ContentPlan {
    id
    persona {
      id
      timeZone
      briefVersion
    }
    items(first: 100) {
      id
      title
      platform
      status
      scheduledAt
      generated
      untouched
      briefVersion
    }
  }
`);

/** The plan's items, earliest scheduled first, with times in the persona's zone. */
export function PlanItemList(props: { plan: FragmentType<typeof planItemListFragment> }) {
  const plan = getFragmentData(planItemListFragment, props.plan);
  const { timeZone } = plan.persona;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="plan-items-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="plan-items-heading">
          Content items
        </Title>
        <Anchor component={Link} to={`/content?persona=${plan.persona.id}&plan=${plan.id}`} size="sm">
          Manage in Content
        </Anchor>
      </Group>
      {plan.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          No items in this plan yet. Generate ideas above, or add items on the Content page.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="xs" aria-labelledby="plan-items-heading">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Title</Table.Th>
                <Table.Th>Platform</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Scheduled ({timeZone})</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      {item.title || <Text c="dimmed">Untitled</Text>}
                      {item.generated && (
                        <GeneratedBadge briefVersion={item.briefVersion} currentBriefVersion={plan.persona.briefVersion} untouched={item.untouched} />
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{platformLabels[item.platform]}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={item.status} />
                  </Table.Td>
                  <Table.Td>{item.scheduledAt ? formatInstant(item.scheduledAt, timeZone) : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
