import { useQuery } from '@apollo/client/react';
import { Button, Group, Paper, Skeleton, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { QueryError } from '../../../components/ui/QueryError';
import { graphql } from '../../../gql/gql';
import { PlanListItem } from '../components/PlanListItem';

// 40 plans keep the query under the server's cost limit (it multiplies by literal `first`).
const personaPlansSectionQuery = graphql(`
  query PersonaPlansSection($personaId: ID!) {
    persona(id: $personaId) {
      id
      contentPlans(first: 40) {
        id
        ...PlanListItem_plan
      }
    }
  }
`);

/** The plans block of the persona page, rendered by the router inside the persona route. */
export function PersonaPlansSection() {
  const { personaId = '' } = useParams();
  const { data, error, refetch } = useQuery(personaPlansSectionQuery, { variables: { personaId } });
  const plans = data?.persona?.contentPlans;

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="content-plans-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="content-plans-heading">
          Content plans
        </Title>
        <Button component={Link} to={`/personas/${personaId}/plans/new`} size="xs" leftSection={<IconPlus size={14} />}>
          New plan
        </Button>
      </Group>
      {error ? (
        <QueryError error={error} onRetry={() => void refetch()} title="Could not load the plans" />
      ) : !plans ? (
        <Skeleton height={80} />
      ) : plans.length === 0 ? (
        <Text size="sm" c="dimmed">
          No plans yet. A plan sets how often the persona posts between two dates.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" aria-labelledby="content-plans-heading">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Plan</Table.Th>
                <Table.Th>Dates</Table.Th>
                <Table.Th>Frequency</Table.Th>
                <Table.Th>Target</Table.Th>
                <Table.Th>Items</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plans.map((plan) => (
                <PlanListItem key={plan.id} plan={plan} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
