import { Skeleton, Stack } from '@mantine/core';

/** Placeholder blocks shaped like a page header and its content while data loads. */
export function PageLoader({ rows = 3 }: { rows?: number }) {
  return (
    <Stack gap="md" aria-busy="true" aria-label="Loading">
      <Skeleton height={32} width="40%" />
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} height={72} />
      ))}
    </Stack>
  );
}
