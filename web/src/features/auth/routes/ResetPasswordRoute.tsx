import '../../../lib/mantine-styles';
import { Alert, Button, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '../../../lib/notifications';
import { useNavigate, useSearchParams } from 'react-router';
import * as z from 'zod/mini';
import { FormErrorAlert } from '../../../components/ui/FormErrorAlert';
import { useServerErrors } from '../../../lib/use-server-errors';
import { AuthPage } from '../components/AuthPage';
import { NewPasswordFields } from '../components/NewPasswordFields';
import { newPasswordSchema, repeatedPasswordCheck } from '../components/password-rules';
import { useResetPassword } from '../hooks/usePasswordReset';

const resetSchema = z.object({ newPassword: newPasswordSchema, repeatPassword: z.string() }).check(repeatedPasswordCheck);

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

  const submit = serverErrors.submitHandler(form, async ({ newPassword }) => {
    await resetPassword(token, newPassword);
    notifications.show({ color: 'green', message: 'Password changed. Every other device was signed out.' });
    void navigate('/dashboard', { replace: true });
  });

  return (
    <AuthPage title="Choose a new password" switchPrompt="Link expired?" switchLabel="Ask for a new one" switchTo="/forgot-password">
      {!token ? (
        <Alert color="red" title="This link is incomplete" role="alert">
          Open the link from the email again, or ask for a new one.
        </Alert>
      ) : (
        <form ref={serverErrors.formRef} onSubmit={submit} noValidate>
          <Stack>
            <FormErrorAlert message={serverErrors.message} />
            <NewPasswordFields form={form} />
            <Button type="submit" loading={loading} fullWidth>
              Set password and sign in
            </Button>
          </Stack>
        </form>
      )}
    </AuthPage>
  );
}
