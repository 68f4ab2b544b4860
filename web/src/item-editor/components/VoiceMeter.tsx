import { Badge, Group, List, Stack, Text } from '@mantine/core';
import type { useVoiceCheck } from '../hooks/useVoiceCheck';

type Check = ReturnType<typeof useVoiceCheck>['check'];

/** The caption's voice score beside the field, with what lowered it. */
export function VoiceMeter({ check, checking }: { check: Check; checking: boolean }) {
  if (!check) return null;
  return (
    <Stack gap={2} role="status" aria-label="Voice check" aria-busy={checking}>
      <Group gap="xs">
        <Badge color={check.flagged ? 'orange' : 'teal'} variant="light">
          Voice {check.score}
        </Badge>
        <Text size="xs" c="dimmed">
          {check.flagged
            ? `Below the persona’s threshold of ${check.threshold}: needs a rewrite or a reason to reach Ready.`
            : `In the persona’s voice (threshold ${check.threshold}).`}
        </Text>
      </Group>
      {check.reasons.length > 0 && (
        <List size="xs" c="dimmed" spacing={0}>
          {check.reasons.map((reason) => (
            <List.Item key={reason.message}>{reason.message}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
