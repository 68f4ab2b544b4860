import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Group, SimpleGrid, Switch } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import { LoadMore } from '../../../components/ui/LoadMore';
import { PageHeader } from '../../../components/ui/PageHeader';
import { PageLoader } from '../../../components/ui/PageLoader';
import { QueryError } from '../../../components/ui/QueryError';
import { graphql } from '../../../gql/gql';
import { CreateDemoPersonaButton } from '../components/CreateDemoPersonaButton';
import { PersonaCard } from '../components/PersonaCard';
import { PersonaEmptyState } from '../components/PersonaEmptyState';

const personaListPageQuery = graphql(`
  query PersonaListPage($includeArchived: Boolean!, $first: Int!, $after: String) {
    personas(includeArchived: $includeArchived, first: $first, after: $after) {
      nodes {
        id
        ...PersonaCard_persona
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const pageSize = 12;

export function PersonaListRoute() {
  const [searchParams, setSearchParams] = useSearchParams();
  const includeArchived = searchParams.get('archived') === '1';
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(personaListPageQuery, {
    variables: { includeArchived, first: pageSize },
  });

  function toggleArchived(show: boolean) {
    setSearchParams(show ? { archived: '1' } : {}, { replace: true });
  }

  const connection = data?.personas;
  // The empty state carries its own buttons; one of each per page keeps labels unique.
  const isEmpty = connection?.nodes.length === 0;

  return (
    <>
      <PageHeader
        title="Personas"
        description="The creator identities you plan and publish content for."
        actions={
          !isEmpty && (
            <Group gap="xs">
              <CreateDemoPersonaButton variant="light" />
              <Button component={Link} to="/personas/new" leftSection={<IconUserPlus size={16} />}>
                New persona
              </Button>
            </Group>
          )
        }
      />
      <Switch
        label="Show archived"
        checked={includeArchived}
        onChange={(event) => toggleArchived(event.currentTarget.checked)}
        mb="md"
      />
      {error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : !connection ? (
        <PageLoader />
      ) : isEmpty ? (
        <PersonaEmptyState />
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {connection.nodes.map((persona) => (
              <PersonaCard key={persona.id} persona={persona} />
            ))}
          </SimpleGrid>
          <LoadMore
            shown={connection.nodes.length}
            hasMore={connection.pageInfo.hasNextPage}
            loading={networkStatus === NetworkStatus.fetchMore}
            onLoadMore={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
          />
        </>
      )}
    </>
  );
}
