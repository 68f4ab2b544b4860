import { Progress, Stack, Text } from '@mantine/core';

interface Quota {
  used: number;
  total: number;
  windowSeconds: number;
}

function describeWindow(seconds: number): string {
  const hours = seconds / 3600;
  return Number.isInteger(hours) ? `${hours} h` : `${Math.round(seconds / 60)} min`;
}

/** The account's publishing allowance over the platform's rolling window, as the platform reports it. */
export function ChannelQuota({ quota }: { quota: Quota }) {
  const share = quota.total > 0 ? (quota.used / quota.total) * 100 : 100;
  const summary = `${quota.used} of ${quota.total} posts used in the last ${describeWindow(quota.windowSeconds)}`;
  return (
    <Stack gap={4}>
      <Text size="sm">Publishing quota: {summary}</Text>
      <Progress value={share} color={share >= 90 ? 'red' : share >= 70 ? 'orange' : 'grape'} size="sm" aria-label={summary} />
    </Stack>
  );
}
