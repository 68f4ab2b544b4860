import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';
import { GeneratorBadge, type GeneratorInfoValue } from '../../../components/ui/GeneratorBadge';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { usePlanGeneration } from '../hooks/usePlanGeneration';
import { GenerationRunStatus, type PlanGenerationRunRef } from './GenerationRunStatus';

const planGenerationPanelFragment = graphql(`
  fragment PlanGenerationPanel_plan on ContentPlan {
    id
    targetPostCount
    items(first: 100) {
      id
      generated
      untouched
    }
  }
`);

interface PlanGenerationPanelProps {
  plan: FragmentType<typeof planGenerationPanelFragment>;
  personaId: string;
  timeZone: string;
  runs: ReadonlyArray<PlanGenerationRunRef>;
  generator: GeneratorInfoValue;
  onIdeasCreated: () => void;
}

/** Ideas the generator would add: the target minus the items it keeps (all but untouched ideas). */
function ideasNeeded(target: number, items: ReadonlyArray<{ untouched: boolean }>): number {
  const kept = items.filter((item) => !item.untouched).length;
  return Math.max(0, target - kept);
}

function explainRun(needed: number, target: number): string {
  if (needed === 0) return `The plan has its ${target} posts, all made or edited by people: there is nothing to generate.`;
  const ideas = needed === 1 ? '1 idea' : `${needed} ideas`;
  return (
    `Adds ${ideas} on free posting slots so the plan reaches its ${target} posts, all at once when the run ` +
    'finishes. Items people made or edited are kept; untouched generated ideas are replaced.'
  );
}

export function PlanGenerationPanel(props: PlanGenerationPanelProps) {
  const { personaId, timeZone, runs, generator, onIdeasCreated } = props;
  const plan = getFragmentData(planGenerationPanelFragment, props.plan);
  const generation = usePlanGeneration({ planId: plan.id, personaId, runs, onIdeasCreated });
  const needed = ideasNeeded(plan.targetPostCount, plan.items);
  const regenerating = plan.items.some((item) => item.generated);

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="plan-generation-heading">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Title order={2} size="h4" id="plan-generation-heading">
              Ideas
            </Title>
            <GeneratorBadge generator={generator} />
          </Group>
          <Button
            leftSection={<IconSparkles size={16} />}
            loading={generation.starting}
            disabled={generation.active || needed === 0}
            onClick={() => void generation.start()}
          >
            {regenerating ? 'Regenerate ideas' : 'Generate ideas'}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {explainRun(needed, plan.targetPostCount)}
        </Text>
        {generation.startError && (
          <Alert color="red" variant="light" role="alert" title="Could not start the generation">
            {generation.startError}
          </Alert>
        )}
        {generation.latest && (
          <GenerationRunStatus
            run={generation.latest}
            followed={generation.followed}
            timeZone={timeZone}
            cancelling={generation.cancelling}
            onCancel={() => void generation.cancel()}
          />
        )}
      </Stack>
    </Paper>
  );
}
