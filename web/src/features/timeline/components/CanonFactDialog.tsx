import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormErrorAlert } from '../../../components/ui/FormErrorAlert';
import type { CanonFactKind, PersonaTimelineQuery } from '../../../gql/graphql';
import { useServerErrors } from '../../../lib/use-server-errors';
import { canonKindOptions, canonKinds } from './canon-kinds';

export type CanonFactValue = NonNullable<PersonaTimelineQuery['persona']>['canonFacts'][number];

interface FactFormValues {
  kind: CanonFactKind;
  subject: string;
  descriptor: string;
  statement: string;
  validFrom: string;
  validUntil: string;
}

interface CanonFactDialogProps {
  personaId: string;
  /** The fact being edited; null adds one. */
  fact: CanonFactValue | null;
  onSave: (id: string | null, input: { personaId: string } & Omit<FactFormValues, 'validFrom' | 'validUntil'> & { validFrom: string | null; validUntil: string | null }) => Promise<void>;
  onClose: () => void;
}

/** Adds or edits one dated fact; the server checks it and its errors show under the fields. */
export function CanonFactDialog({ personaId, fact, onSave, onClose }: CanonFactDialogProps) {
  const serverErrors = useServerErrors();
  const form = useForm<FactFormValues>({
    initialValues: {
      kind: fact?.kind ?? 'PET',
      subject: fact?.subject ?? '',
      descriptor: fact?.descriptor ?? '',
      statement: fact?.statement ?? '',
      validFrom: fact?.validFrom ?? '',
      validUntil: fact?.validUntil ?? '',
    },
  });
  const submit = serverErrors.submitHandler(form, async (values) => {
    await onSave(fact?.id ?? null, { personaId, ...values, validFrom: values.validFrom || null, validUntil: values.validUntil || null });
    onClose();
  });
  const isEvent = form.values.kind === 'EVENT';
  return (
    <Modal opened onClose={onClose} title={fact ? 'Edit fact' : 'Add a fact'} size="lg">
      <form ref={serverErrors.formRef} onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormErrorAlert message={serverErrors.message} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select label="Kind" data={canonKindOptions} allowDeselect={false} {...form.getInputProps('kind')} />
            <TextInput label="Name" description="As the persona says it" placeholder="Miso" required {...form.getInputProps('subject')} />
            <TextInput
              label="What it is"
              description={canonKinds[form.values.kind].descriptorHint}
              {...form.getInputProps('descriptor')}
            />
          </SimpleGrid>
          <Textarea label="Fact" placeholder="Adopted Miso, a shiba inu" required autosize minRows={2} {...form.getInputProps('statement')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput type="date" label={isEvent ? 'On' : 'Since'} required={isEvent} {...form.getInputProps('validFrom')} />
            {!isEvent && <TextInput type="date" label="Until" description="Empty while it is still so" {...form.getInputProps('validUntil')} />}
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={form.submitting}>
              Save fact
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
