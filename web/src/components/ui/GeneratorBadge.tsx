import { Badge, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconCpu, IconSparkles } from '@tabler/icons-react';
import { useId } from 'react';
import type { GeneratorKind } from '../../gql/graphql';

export interface GeneratorInfoValue {
  kind: GeneratorKind;
  label: string;
  textModel?: string | null;
  imageModel?: string | null;
}

function describe({ kind, label, textModel, imageModel }: GeneratorInfoValue) {
  if (kind === 'OFFLINE') {
    return {
      text: 'Offline generator',
      hint: 'No API key configured: ideas and images are made by DoppelCart’s built-in generator.',
    };
  }
  const models = [textModel && `text by ${textModel}`, imageModel && `images by ${imageModel}`].filter(Boolean);
  const through = 'Generated through the configured OpenAI-compatible API';
  return { text: label, hint: models.length ? `${through}: ${models.join(', ')}.` : `${through}.` };
}

/**
 * Says which generator a button will use, wherever generation is offered: people must be able
 * to tell the built-in offline generator's output from a model's. The hint is a tooltip for
 * pointer users and a description for screen readers.
 */
export function GeneratorBadge({ generator }: { generator: GeneratorInfoValue }) {
  const hintId = useId();
  const { text, hint } = describe(generator);
  const offline = generator.kind === 'OFFLINE';
  return (
    <>
      <Tooltip label={hint} multiline w={260} withArrow events={{ hover: true, focus: true, touch: true }}>
        <Badge
          tabIndex={0}
          aria-describedby={hintId}
          variant="light"
          color={offline ? 'orange' : 'grape'}
          leftSection={offline ? <IconCpu size={12} aria-hidden /> : <IconSparkles size={12} aria-hidden />}
          miw="max-content"
        >
          {text}
        </Badge>
      </Tooltip>
      <VisuallyHidden id={hintId}>{hint}</VisuallyHidden>
    </>
  );
}
