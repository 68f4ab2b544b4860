import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useNavigate, useSearchParams } from 'react-router';
import * as z from 'zod/mini';
import { FormErrorAlert } from '../../../components/ui/FormErrorAlert';
import { useServerErrors } from '../../../lib/use-server-errors';
import { AuthPage } from '../components/AuthPage';
import { minPasswordLength, newPasswordSchema } from '../components/password-rules';
import { useResetPassword } from '../hooks/usePasswordReset';

const resetSchema = z
  .object({ newPassword: newPasswordSchema, repeatPassword: z.string() })
  .check(
    z.refine((values) => values.newPassword === values.repeatPassword, {
      path: ['repeatPassword'],
      message: 'The two passwords differ',
    }),
  );

const hideToggle = { 'aria-label': 'Show or hide what you type' };

/** Opened from the emailed link: sets the new password and signs in. */
export function ResetPasswordRoute() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const navigate = useNavigate();
  const { resetPassword, loading } = useResetPassword();
  const serverErrors = useServerErrors();
  const form = useForm({
    initialValues: { newPassword: '', repeatPassword: '' },
    validate: schemaResolver(resetSchema, { sync: true }),
  });

  const submit = form.onSubmit(async ({ newPassword }) => {
    serverErrors.clear();
    try {
      await resetPassword(token, newPassword);
      notifications.show({ color: 'green', message: 'Password changed. Every other device was signed out.' });
      void navigate('/dashboard', { replace: true });
    } catch (error) {
      serverErrors.capture(form, error);
    }
  });

  return (
    <AuthPage title="Choose a new password" switchPrompt="Link expired?" switchLabel="Ask for a new one" switchTo="/forgot-password">
      {!token ? (
        <Alert color="red" title="This link is incomplete" role="alert">
          Open the link from the email again, or ask for a new one.
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormErrorAlert message={serverErrors.message} />
            <PasswordInput
              label="New password"
              description={`At least ${minPasswordLength} characters`}
              autoComplete="new-password"
              visibilityToggleButtonProps={hideToggle}
              required
              {...form.getInputProps('newPassword')}
            />
            <PasswordInput
              label="Repeat the new password"
              autoComplete="new-password"
              visibilityToggleButtonProps={hideToggle}
              required
              {...form.getInputProps('repeatPassword')}
            />
            <Button type="submit" loading={loading} fullWidth>
              Set password and sign in
            </Button>
          </Stack>
        </form>
      )}
    </AuthPage>
  );
}
