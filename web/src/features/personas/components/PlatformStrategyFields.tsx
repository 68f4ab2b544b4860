import { Fieldset, MultiSelect, NumberInput, SimpleGrid, TagsInput, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { PlatformOption } from '../../../lib/platforms';
import type { PersonaFormValues } from './persona-form-values';

interface PlatformStrategyFieldsProps {
  form: UseFormReturnType<PersonaFormValues>;
  platformOptions: PlatformOption[];
}

export function PlatformStrategyFields({ form, platformOptions }: PlatformStrategyFieldsProps) {
  return (
    <Fieldset legend="Platform strategy">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <MultiSelect
          label="Platforms"
          placeholder="Where the persona posts"
          data={platformOptions}
          clearable
          {...form.getInputProps('platformStrategy.platforms')}
        />
        <NumberInput
          label="Posts per week"
          description="Across all platforms"
          min={0}
          max={100}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('platformStrategy.postsPerWeek')}
        />
        <TextInput
          label="Cadence"
          placeholder="Reels Tue/Thu, carousel Sunday"
          {...form.getInputProps('platformStrategy.cadence')}
        />
        <TagsInput
          label="Goals"
          description="Press Enter after each goal"
          placeholder="Grow to 10k followers"
          clearable
          {...form.getInputProps('platformStrategy.goals')}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
