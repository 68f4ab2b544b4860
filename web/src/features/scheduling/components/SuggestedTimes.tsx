import { Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';
import { useId } from 'react';
import { formatSlot, instantToPickerValue } from '../../../lib/dates';

interface SuggestedTimesProps {
  suggestions: readonly { at: string; reason: string }[];
  timeZone: string;
  /** Receives the picked time as the date-time picker's wall-clock value. */
  onPick: (pickerValue: string) => void;
}

/** The persona's next free best slots (or usual evening slot), one click to put in the picker. */
export function SuggestedTimes({ suggestions, timeZone, onPick }: SuggestedTimesProps) {
  const labelId = useId();
  if (!suggestions.length) return null;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={labelId}>
        Suggested times
      </Text>
      <Group gap="xs" role="group" aria-labelledby={labelId}>
        {suggestions.map((suggestion) => (
          <Tooltip key={suggestion.at} label={suggestion.reason} multiline maw={280} withArrow>
            <Button
              size="compact-sm"
              variant="light"
              leftSection={<IconSparkles size={14} />}
              aria-description={suggestion.reason}
              onClick={() => onPick(instantToPickerValue(suggestion.at, timeZone)!)}
            >
              {formatSlot(suggestion.at, timeZone)}
            </Button>
          </Tooltip>
        ))}
      </Group>
    </Stack>
  );
}
