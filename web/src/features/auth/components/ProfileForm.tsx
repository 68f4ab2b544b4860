import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '../../../lib/notifications';
import * as z from 'zod/mini';
import { FormErrorAlert } from '../../../components/ui/FormErrorAlert';
import { TimeZoneSelect } from '../../../components/ui/TimeZoneSelect';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { formatInstant } from '../../../lib/dates';
import { useUnsavedChanges } from '../../../lib/unsaved-changes';
import { useServerErrors } from '../../../lib/use-server-errors';
import { useUpdateProfile } from '../hooks/useUpdateProfile';

const profileFormViewerFragment = graphql(`
  fragment ProfileForm_viewer on Viewer {
    id
    email
    profile {
      displayName
      timeZone
      updatedAt
    }
  }
`);

const profileSchema = z.object({
  displayName: z
    .string()
    .check(z.trim(), z.minLength(1, 'Enter a display name'), z.maxLength(80, 'Keep it under 80 characters')),
  timeZone: z.string().check(z.minLength(1, 'Choose a time zone')),
});

export function ProfileForm(props: { viewer: FragmentType<typeof profileFormViewerFragment> }) {
  const viewer = getFragmentData(profileFormViewerFragment, props.viewer);
  const { updateProfile, loading } = useUpdateProfile(viewer.id);
  const serverErrors = useServerErrors();
  const form = useForm({
    initialValues: { displayName: viewer.profile.displayName, timeZone: viewer.profile.timeZone },
    validate: schemaResolver(profileSchema, { sync: true }),
  });

  useUnsavedChanges(() => form.isDirty());

  const submit = serverErrors.submitHandler(form, async (values) => {
    await updateProfile({ displayName: values.displayName.trim(), timeZone: values.timeZone });
    form.resetDirty(values);
    notifications.show({ color: 'green', message: 'Profile saved' });
  });

  return (
    <form ref={serverErrors.formRef} onSubmit={submit} noValidate>
      <Stack maw={480}>
        <FormErrorAlert message={serverErrors.message} />
        <TextInput label="Email" value={viewer.email} readOnly disabled />
        <TextInput label="Display name" required {...form.getInputProps('displayName')} />
        <TimeZoneSelect
          label="Time zone"
          description="New personas default to this zone"
          allowDeselect={false}
          {...form.getInputProps('timeZone')}
        />
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            Last changed {formatInstant(viewer.profile.updatedAt, viewer.profile.timeZone)}
          </Text>
          <Button type="submit" loading={loading}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
