import { Button, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { schemaResolver, useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { FormErrorAlert } from '../../../components/ui/FormErrorAlert';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import type { PlatformOption } from '../../../lib/platforms';
import { useUnsavedChanges } from '../../../lib/unsaved-changes';
import { useServerErrors } from '../../../lib/use-server-errors';
import { periodOptions } from './frequency';
import {
  emptyPlanValues,
  formValuesToPlanInput,
  planFormSchema,
  planToFormValues,
  type PlanFormValues,
  type PlanInput,
} from './plan-form-values';

const planFormFragment = graphql(`
  fragment PlanForm_plan on ContentPlan {
    id
    title
    description
    startDate
    endDate
    frequency {
      count
      period
    }
    platforms
  }
`);

interface PlanFormProps {
  /** The plan being edited; omitted when creating one. */
  plan?: FragmentType<typeof planFormFragment>;
  /** Shown under the platform select: what an empty selection falls back to. */
  platformsHint: string;
  platformOptions: PlatformOption[];
  submitLabel: string;
  cancelTo: string;
  /** Extra content above the buttons, e.g. the server's current target. */
  footer?: ReactNode;
  /** Rejects with the server's error, which the form shows under its inputs. */
  onSubmit: (input: PlanInput) => Promise<void>;
}

export function PlanForm({ plan, platformsHint, platformOptions, submitLabel, cancelTo, footer, onSubmit }: PlanFormProps) {
  const existing = getFragmentData(planFormFragment, plan);
  const serverErrors = useServerErrors();
  const form = useForm<PlanFormValues>({
    initialValues: existing ? planToFormValues(existing) : emptyPlanValues(),
    validate: schemaResolver(planFormSchema, { sync: true }),
  });

  const { whileSaving } = useUnsavedChanges(() => form.isDirty());

  const save = whileSaving(async (values: PlanFormValues) => {
    serverErrors.clear();
    try {
      await onSubmit(formValuesToPlanInput(values));
    } catch (error) {
      serverErrors.capture(form, error);
    }
  });
  const submit = form.onSubmit(save, serverErrors.focusFirstError);

  return (
    <form ref={serverErrors.formRef} onSubmit={submit} noValidate>
      <Stack gap="md" maw={720}>
        <FormErrorAlert message={serverErrors.message} />
        <TextInput label="Title" placeholder="December gift guides" required {...form.getInputProps('title')} />
        <Textarea
          label="Description"
          description="Campaign, theme or angle"
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps('description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DatePickerInput
            label="Start date"
            placeholder="Pick a date"
            valueFormat="D MMM YYYY"
            required
            {...form.getInputProps('startDate')}
          />
          <DatePickerInput
            label="End date"
            placeholder="Pick a date"
            valueFormat="D MMM YYYY"
            minDate={form.values.startDate ?? undefined}
            required
            {...form.getInputProps('endDate')}
          />
          <NumberInput
            label="Posts per period"
            min={1}
            allowDecimal={false}
            allowNegative={false}
            required
            {...form.getInputProps('frequency.count')}
          />
          <Select
            label="Period"
            data={periodOptions}
            allowDeselect={false}
            {...form.getInputProps('frequency.period')}
          />
        </SimpleGrid>
        <MultiSelect
          label="Platforms"
          description={platformsHint}
          data={platformOptions}
          clearable
          {...form.getInputProps('platforms')}
        />
        {footer}
        <Group justify="flex-end">
          <Button component={Link} to={cancelTo} variant="default">
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
