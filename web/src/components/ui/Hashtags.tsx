import { Group, Text } from '@mantine/core';

/** An item's hashtags as quiet chips; nothing when it has none. */
export function Hashtags({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null;
  return (
    <Group gap={6} aria-label="Hashtags" role="list">
      {tags.map((tag) => (
        <Text key={tag} size="xs" c="var(--mantine-color-grape-light-color)" bg="var(--mantine-color-grape-light)" px={6} py={2} style={{ borderRadius: 4 }} role="listitem">
          {tag}
        </Text>
      ))}
    </Group>
  );
}
