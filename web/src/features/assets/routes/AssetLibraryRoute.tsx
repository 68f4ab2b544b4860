import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { EmptyState, Select, SimpleGrid, Stack } from '@mantine/core';
import { IconPhoto } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { LoadMore } from '../../../components/ui/LoadMore';
import { PageHeader } from '../../../components/ui/PageHeader';
import { PageLoader } from '../../../components/ui/PageLoader';
import { QueryError } from '../../../components/ui/QueryError';
import { graphql } from '../../../gql/gql';
import { AssetCard, type AssetToDelete } from '../components/AssetCard';
import { AssetUploadZone } from '../components/AssetUploadZone';
import { DeleteAssetDialog } from '../components/DeleteAssetDialog';

const assetLibraryPageQuery = graphql(`
  query AssetLibraryPage($personaId: ID, $first: Int!, $after: String) {
    personas(includeArchived: true, first: 100) {
      nodes {
        id
        name
        handle
      }
    }
    assets(personaId: $personaId, first: $first, after: $after) {
      nodes {
        id
        ...AssetCard_asset
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const pageSize = 24;

/** Every image of the viewer's personas, newest first, with uploads for the chosen persona. */
export function AssetLibraryRoute() {
  const [searchParams, setSearchParams] = useSearchParams();
  const personaId = searchParams.get('persona');
  const [deleting, setDeleting] = useState<AssetToDelete | null>(null);
  const { data, previousData, error, refetch, fetchMore, networkStatus } = useQuery(assetLibraryPageQuery, {
    variables: { personaId, first: pageSize },
  });
  // An upload or a new filter reloads the list; the last one stays on screen meanwhile.
  const shown = data ?? previousData;

  if (error && !shown) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!shown) return <PageLoader rows={3} />;

  const personas = shown.personas.nodes;
  const persona = personas.find((candidate) => candidate.id === personaId) ?? null;
  const assets = shown.assets;
  return (
    <Stack gap="md">
      <PageHeader title="Assets" description="Images of your personas: uploaded ones and those made by generation." />
      <Select
        label="Persona"
        placeholder="All personas"
        searchable
        clearable
        maw={360}
        data={personas.map((option) => ({ value: option.id, label: `${option.name} (@${option.handle})` }))}
        value={personaId}
        onChange={(value) => setSearchParams(value ? { persona: value } : {}, { replace: true })}
      />
      <AssetUploadZone persona={persona} />
      {error && <QueryError error={error} onRetry={() => void refetch()} title="Could not refresh the images" />}
      {assets.nodes.length === 0 ? (
        <EmptyState
          icon={<IconPhoto />}
          title="No images yet"
          description="Upload images above, or generate one for a content item in its editor."
          py="xl"
        />
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 4 }} aria-label="Images">
            {assets.nodes.map((asset) => (
              <AssetCard key={asset.id} asset={asset} onDelete={setDeleting} />
            ))}
          </SimpleGrid>
          <LoadMore
            shown={assets.nodes.length}
            hasMore={assets.pageInfo.hasNextPage}
            loading={networkStatus === NetworkStatus.fetchMore}
            onLoadMore={() => void fetchMore({ variables: { after: assets.pageInfo.endCursor } })}
          />
        </>
      )}
      <DeleteAssetDialog asset={deleting} onClose={() => setDeleting(null)} />
    </Stack>
  );
}
