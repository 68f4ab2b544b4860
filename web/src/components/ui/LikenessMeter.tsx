import { Badge, Group, List, Stack, Text, Tooltip } from '@mantine/core';

/** An image's likeness to its persona's locked look (ImageCheck), as the API gives it. */
export interface LikenessValue {
  score?: number | null;
  threshold: number;
  flagged: boolean;
  reasons: ReadonlyArray<{ message: string }>;
}

function label(likeness: LikenessValue): string {
  return likeness.score == null ? 'Likeness: not compared yet' : `Likeness ${likeness.score}`;
}

/** The likeness as a badge whose tooltip gives the reasons (cards, lists). */
export function LikenessBadge({ likeness }: { likeness: LikenessValue | null | undefined }) {
  if (!likeness) return null;
  return (
    <Tooltip label={likeness.reasons.map((reason) => reason.message).join(' ')} multiline w={280} withArrow>
      <Badge color={likeness.flagged ? 'orange' : 'teal'} variant="light" miw="max-content" tabIndex={0}>
        {label(likeness)}
      </Badge>
    </Tooltip>
  );
}

/** The likeness under an image, with what it means and the reasons spelled out (the editor). */
export function LikenessMeter({ likeness }: { likeness: LikenessValue | null | undefined }) {
  if (!likeness) return null;
  return (
    <Stack gap={2} role="status" aria-label="Likeness check">
      <Group gap="xs">
        <Badge color={likeness.flagged ? 'orange' : 'teal'} variant="light">
          {label(likeness)}
        </Badge>
        <Text size="xs" c="dimmed">
          {likeness.flagged
            ? `Below the persona’s threshold of ${likeness.threshold}: needs another image or a reason to reach Ready.`
            : `Looks like the persona’s reference images (threshold ${likeness.threshold}).`}
        </Text>
      </Group>
      <List size="xs" c="dimmed" spacing={0}>
        {likeness.reasons.map((reason) => (
          <List.Item key={reason.message}>{reason.message}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
