import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { formatCalendarDate } from '../../../lib/dates';
import { describeFrequency } from './frequency';

const planListItemFragment = graphql(`
  fragment PlanListItem_plan on ContentPlan {
    id
    title
    startDate
    endDate
    frequency {
      count
      period
    }
    targetPostCount
    itemCounts {
      total
      posted
    }
  }
`);

/** One row of a persona's plan table. */
export function PlanListItem(props: { plan: FragmentType<typeof planListItemFragment> }) {
  const plan = getFragmentData(planListItemFragment, props.plan);
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/plans/${plan.id}`} fw={500}>
          {plan.title}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {formatCalendarDate(plan.startDate)} – {formatCalendarDate(plan.endDate)}
        </Text>
      </Table.Td>
      <Table.Td>{describeFrequency(plan.frequency)}</Table.Td>
      <Table.Td>{plan.targetPostCount} posts</Table.Td>
      <Table.Td>
        {plan.itemCounts.total} items, {plan.itemCounts.posted} posted
      </Table.Td>
    </Table.Tr>
  );
}
