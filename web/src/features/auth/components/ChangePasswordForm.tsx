import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '../../../lib/notifications';
import * as z from 'zod/mini';
import { FormErrorAlert } from '../../../components/ui/FormErrorAlert';
import { useServerErrors } from '../../../lib/use-server-errors';
import { useChangePassword } from '../hooks/useAccountSecurity';
import { NewPasswordFields } from './NewPasswordFields';
import { newPasswordSchema, repeatedPasswordCheck } from './password-rules';
import { visibilityToggle } from './password-visibility';

const changeSchema = z
  .object({
    currentPassword: z.string().check(z.minLength(1, 'Enter your current password')),
    newPassword: newPasswordSchema,
    repeatPassword: z.string(),
  })
  .check(repeatedPasswordCheck);
const empty = { currentPassword: '', newPassword: '', repeatPassword: '' };

/** Needs the current password; the server signs out the account's other devices. */
export function ChangePasswordForm({ viewerId }: { viewerId: string }) {
  const { changePassword, loading } = useChangePassword(viewerId);
  const serverErrors = useServerErrors();
  const form = useForm({ initialValues: empty, validate: schemaResolver(changeSchema, { sync: true }) });

  const submit = serverErrors.submitHandler(form, async ({ currentPassword, newPassword }) => {
    await changePassword({ currentPassword, newPassword });
    form.setValues(empty);
    form.resetDirty(empty);
    notifications.show({ color: 'green', message: 'Password changed. Your other devices were signed out.' });
  });

  return (
    <form ref={serverErrors.formRef} onSubmit={submit} noValidate aria-label="Change password">
      <Stack maw={480}>
        <FormErrorAlert message={serverErrors.message} />
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          visibilityToggleButtonProps={visibilityToggle}
          required
          {...form.getInputProps('currentPassword')}
        />
        <NewPasswordFields form={form} />
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
