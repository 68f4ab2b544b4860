import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { BulkActionBar } from '../../../bulk/BulkActionBar';
import { useItemSelection } from '../../../bulk/useItemSelection';
import { PageHeader } from '../../../components/ui/PageHeader';
import { PageLoader } from '../../../components/ui/PageLoader';
import { QueryError } from '../../../components/ui/QueryError';
import { getFragmentData } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { platformOptions } from '../../../lib/platforms';
import { ContentFilterBar } from '../components/ContentFilterBar';
import { ContentItemEditDialog } from '../components/ContentItemEditDialog';
import { contentItemRowFragment, summaryOf, type ItemSummary } from '../components/ContentItemRow';
import { ContentItemTable } from '../components/ContentItemTable';
import { DeleteContentItemDialog } from '../components/DeleteContentItemDialog';
import { toItemFilter, useContentFilters } from '../hooks/useContentFilters';
import { newItemKey, useEditedItem } from '../hooks/useEditedItem';

// The persona options are plain fields, not fragments: the server's cost limit counts each
// fragment spread inside a 100-element list as extra depth, which would exceed it. The items
// carry the editor's fragments, so Edit opens at once from the cache.
const contentListPageQuery = graphql(`
  query ContentListPage($filter: ContentItemFilter!, $orderBy: ContentItemOrder!, $first: Int!, $after: String) {
    personas(includeArchived: true, first: 100) {
      nodes {
        id
        name
        handle
        timeZone
      }
    }
    contentItems(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      nodes {
        id
        ...ContentItemRow_item
        ...ContentItemForm_item
        ...ItemGeneration_item
        ...ItemMedia_item
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    platforms {
      platform
      label
      canPublish
      captionMaxCharacters
    }
    generator {
      kind
      label
      textModel
      imageModel
    }
  }
`);

const pageSize = 25;

export function ContentListRoute() {
  const { filters, updateFilters, clearFilters } = useContentFilters();
  const { edited, openEditor, closeEditor } = useEditedItem();
  // A calendar slot clicked to create an item there (`?edit=new&planned=2026-12-24T09:30`).
  const [searchParams] = useSearchParams();
  const [deleting, setDeleting] = useState<ItemSummary | null>(null);
  const { data, previousData, error, refetch, fetchMore, networkStatus } = useQuery(contentListPageQuery, {
    variables: { filter: toItemFilter(filters), orderBy: filters.order, first: pageSize },
    // Items change while this page is closed (the board, other people, the publisher), so a
    // cached list is shown at once and checked with the server.
    fetchPolicy: 'cache-and-network',
  });
  // Keep showing the last result while a changed filter loads, so the controls stay put.
  const shown = data ?? previousData;
  const selection = useItemSelection();
  const { sync } = selection;
  const listed = data?.contentItems.nodes;
  useEffect(() => {
    if (listed) sync(new Map(listed.map((node) => [node.id, summaryOf(getFragmentData(contentItemRowFragment, node))])));
  }, [listed, sync]);

  if (error && !shown) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!shown) return <PageLoader rows={5} />;

  const personas = shown.personas.nodes;
  const items = shown.contentItems;
  const platforms = platformOptions(shown.platforms);
  return (
    <>
      <PageHeader
        title="Content"
        description="Every content item of your personas. Times show in each persona’s time zone."
        actions={
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => openEditor(newItemKey)}
            disabled={personas.length === 0}
          >
            New item
          </Button>
        }
      />
      <ContentFilterBar
        personas={personas}
        platformOptions={platforms}
        filters={filters}
        onChange={updateFilters}
        onClear={clearFilters}
      />
      {error && <QueryError error={error} onRetry={() => void refetch()} title="Could not refresh the list" />}
      <BulkActionBar selection={selection} />
      <ContentItemTable
        items={items.nodes}
        totalCount={items.totalCount}
        hasNextPage={items.pageInfo.hasNextPage}
        refreshing={!data}
        loadingMore={networkStatus === NetworkStatus.fetchMore}
        isSelected={selection.isSelected}
        onSelect={selection.toggle}
        onSelectAll={(on) => selection.setAll(items.nodes.map((node) => summaryOf(getFragmentData(contentItemRowFragment, node))), on)}
        onLoadMore={() => void fetchMore({ variables: { after: items.pageInfo.endCursor } })}
        onEdit={openEditor}
        onDelete={setDeleting}
      />
      <ContentItemEditDialog
        edited={edited}
        personas={personas}
        platformOptions={platforms}
        defaults={{ personaId: filters.personaId, planId: filters.planId, plannedLocal: searchParams.get('planned') }}
        generator={shown.generator}
        onClose={closeEditor}
      />
      <DeleteContentItemDialog item={deleting} onClose={() => setDeleting(null)} />
    </>
  );
}
