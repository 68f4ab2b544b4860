import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ui/ConfirmDialog';
import { GeneratorBadge, type GeneratorInfoValue } from '../../../components/ui/GeneratorBadge';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { usePlanGeneration } from '../hooks/usePlanGeneration';
import { GenerationRunStatus, type PlanGenerationRunRef } from './GenerationRunStatus';

const planGenerationPanelFragment = graphql(`
  fragment PlanGenerationPanel_plan on ContentPlan {
    id
    targetPostCount
    untouchedIdeas
    itemCounts {
      total
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

const ideasText = (count: number) => (count === 1 ? '1 idea' : `${count} ideas`);

function explainRun(needed: number, target: number): string {
  if (needed === 0) return `The plan has its ${target} posts, all made or edited by people: there is nothing to generate.`;
  return (
    `Adds ${ideasText(needed)} on free posting slots so the plan reaches its ${target} posts, all at once when the run ` +
    'finishes. Items people made or edited are kept; untouched generated ideas are replaced.'
  );
}

export function PlanGenerationPanel(props: PlanGenerationPanelProps) {
  const { personaId, timeZone, runs, generator, onIdeasCreated } = props;
  const plan = getFragmentData(planGenerationPanelFragment, props.plan);
  const generation = usePlanGeneration({ planId: plan.id, personaId, runs, onIdeasCreated });
  // The generator keeps every item but the untouched ideas, and fills up to the target.
  const needed = Math.max(0, plan.targetPostCount - (plan.itemCounts.total - plan.untouchedIdeas));
  const replaces = plan.untouchedIdeas;
  const [confirming, setConfirming] = useState(false);

  function generate() {
    setConfirming(false);
    void generation.start();
  }

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
            // Untouched ideas are replaced: the person confirms before losing them.
            onClick={() => (replaces > 0 ? setConfirming(true) : generate())}
          >
            {replaces > 0 ? 'Regenerate ideas' : 'Generate ideas'}
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
      <ConfirmDialog
        opened={confirming}
        title={`Replace ${ideasText(replaces)}?`}
        message={`Regenerating replaces the ${ideasText(replaces)} of this plan that nobody has edited yet; their titles and captions are gone once the new ideas arrive. Items people made or edited stay as they are.`}
        confirmLabel={`Replace ${ideasText(replaces)}`}
        onConfirm={generate}
        onClose={() => setConfirming(false)}
      />
    </Paper>
  );
}
