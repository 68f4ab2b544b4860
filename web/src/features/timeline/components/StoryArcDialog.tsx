import { ActionIcon, Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { FormErrorAlert } from '../../../components/ui/FormErrorAlert';
import type { CreateStoryArcInput } from '../../../gql/graphql';
import { useServerErrors } from '../../../lib/use-server-errors';

interface ArcFormValues {
  title: string;
  description: string;
  beats: Array<{ title: string; onDate: string }>;
}

interface StoryArcDialogProps {
  personaId: string;
  onSave: (input: CreateStoryArcInput) => Promise<void>;
  onClose: () => void;
}

/** A new story arc with its beats, in date order; plan generation tells them in that order. */
export function StoryArcDialog({ personaId, onSave, onClose }: StoryArcDialogProps) {
  const serverErrors = useServerErrors();
  const form = useForm<ArcFormValues>({ initialValues: { title: '', description: '', beats: [{ title: '', onDate: '' }] } });
  const submit = serverErrors.submitHandler(form, async (values) => {
    await onSave({ personaId, ...values, beats: values.beats.filter((beat) => beat.title.trim() || beat.onDate) });
    onClose();
  });
  return (
    <Modal opened onClose={onClose} title="Add a story arc" size="lg">
      <form ref={serverErrors.formRef} onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormErrorAlert message={serverErrors.message} />
          <TextInput label="Title" placeholder="Marathon training" required {...form.getInputProps('title')} />
          <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
          <Text size="sm" fw={600}>
            Beats, in date order
          </Text>
          {form.values.beats.map((_, index) => (
            <Group key={index} align="flex-start" wrap="nowrap">
              <TextInput label={`Beat ${index + 1}`} placeholder="First 20 km run" style={{ flex: 1 }} {...form.getInputProps(`beats.${index}.title`)} />
              <TextInput type="date" label={`Beat ${index + 1} date`} {...form.getInputProps(`beats.${index}.onDate`)} />
              <ActionIcon variant="subtle" color="red" mt={28} aria-label={`Remove beat ${index + 1}`} onClick={() => form.removeListItem('beats', index)}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <div>
            <Button variant="subtle" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('beats', { title: '', onDate: '' })}>
              Add a beat
            </Button>
          </div>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={form.submitting}>
              Save arc
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
