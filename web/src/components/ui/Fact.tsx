import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A labelled fact in a details panel (an item's drawer, a post's details). */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}
