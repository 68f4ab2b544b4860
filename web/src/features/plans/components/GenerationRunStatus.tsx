import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconX } from '@tabler/icons-react';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import type { GenerationState } from '../../../gql/graphql';
import { formatInstant } from '../../../lib/dates';
import { describeGenerator, formatTokens, isActiveRun } from '../../../lib/generation';

// The subscription, the mutations and the plan page select the same fields, so every snapshot
// of a run lands in the same cache entry.
export const planGenerationRunFragment = graphql(`
  fragment PlanGenerationRun_run on GenerationRun {
    id
    kind
    state
    progress
    error
    generator
    model
    inputTokens
    outputTokens
    createdAt
    finishedAt
    plan {
      id
    }
  }
`);

export type PlanGenerationRunRef = FragmentType<typeof planGenerationRunFragment>;

interface GenerationRunStatusProps {
  run: PlanGenerationRunRef;
  /** Started or watched from this page: its outcome is news, shown with the finished bar. */
  followed: boolean;
  timeZone: string;
  cancelling: boolean;
  onCancel: () => void;
}

function progressText(state: GenerationState, progress: number): string {
  if (state === 'QUEUED') return 'Waiting for the generator…';
  if (state === 'RUNNING') return `Generating ideas… ${progress}%`;
  if (state === 'SUCCEEDED') return 'Done: the new ideas are in the plan’s items and on the board.';
  return 'Cancelled; the plan is unchanged.';
}

/** One plan generation: its live progress with a way to stop it, then its outcome. */
export function GenerationRunStatus({ run: runRef, followed, timeZone, cancelling, onCancel }: GenerationRunStatusProps) {
  const run = getFragmentData(planGenerationRunFragment, runRef);
  const active = isActiveRun(run.state);
  const value = run.state === 'SUCCEEDED' ? 100 : run.progress;
  // A failure explains itself in its alert; a cancelled run has no progress worth showing.
  const withBar = active || (followed && run.state === 'SUCCEEDED');

  return (
    <Stack gap="xs">
      {run.state === 'FAILED' && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle />} title="Generation failed" role="alert">
          {run.error ?? 'The generator could not finish.'} Nothing in the plan was changed.
        </Alert>
      )}
      {(withBar || (followed && run.state === 'CANCELLED')) && (
        <Stack gap={4}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm" role="status">
              {progressText(run.state, value)}
            </Text>
            {active && (
              <Button
                size="compact-sm"
                variant="default"
                leftSection={<IconX size={14} />}
                loading={cancelling}
                onClick={onCancel}
              >
                Cancel
              </Button>
            )}
          </Group>
          {withBar && (
            <Progress
              value={value}
              aria-label="Generation progress"
              color={active ? 'grape' : 'green'}
              size="lg"
              striped={active}
              animated={active}
            />
          )}
        </Stack>
      )}
      {run.state === 'SUCCEEDED' && (
        <Group gap={6}>
          <IconCheck size={14} color="var(--mantine-color-green-7)" aria-hidden />
          <Text size="xs" c="dimmed">
            Last generated {formatInstant(run.finishedAt ?? run.createdAt, timeZone)} ·{' '}
            {describeGenerator(run.generator, run.model)} · {formatTokens(run.inputTokens + run.outputTokens)} tokens
          </Text>
        </Group>
      )}
    </Stack>
  );
}
