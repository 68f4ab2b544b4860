import { Button, Group, Text } from '@mantine/core';

interface LoadMoreProps {
  shown: number;
  total?: number;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

/** "Showing 20 of 57" plus the button that fetches the next page. */
export function LoadMore({ shown, total, hasMore, loading, onLoadMore }: LoadMoreProps) {
  return (
    <Group justify="space-between" mt="md">
      <Text size="sm" c="dimmed">
        {total === undefined ? `Showing ${shown}` : `Showing ${shown} of ${total}`}
      </Text>
      {hasMore && (
        <Button variant="light" loading={loading} onClick={onLoadMore}>
          Load more
        </Button>
      )}
    </Group>
  );
}
