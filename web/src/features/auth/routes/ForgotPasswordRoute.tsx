import '../../../lib/mantine-styles';
import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconMailCheck } from '@tabler/icons-react';
import { useState } from 'react';
import * as z from 'zod/mini';
import { FormErrorAlert } from '../../../components/ui/FormErrorAlert';
import { useServerErrors } from '../../../lib/use-server-errors';
import { AuthPage } from '../components/AuthPage';
import { useRequestPasswordReset } from '../hooks/usePasswordReset';

const forgotSchema = z.object({
  email: z.pipe(z.string().check(z.trim()), z.email('Enter a valid email address')),
});

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
export function ForgotPasswordRoute() {
  const { requestReset, loading } = useRequestPasswordReset();
  const serverErrors = useServerErrors();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm({ initialValues: { email: '' }, validate: schemaResolver(forgotSchema, { sync: true }) });

  const submit = serverErrors.submitHandler(form, async ({ email }) => {
    await requestReset(email.trim());
    setSentTo(email.trim());
  });

  return (
    <AuthPage title="Reset your password" switchPrompt="Remembered it?" switchLabel="Sign in" switchTo="/sign-in">
      {sentTo ? (
        <Alert color="green" icon={<IconMailCheck />} title="Check your email" role="status">
          If {sentTo} belongs to an account, a link to choose a new password is on its way. It works once, for an hour.
        </Alert>
      ) : (
        <form ref={serverErrors.formRef} onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm" c="dimmed">
              Enter the email address you signed up with and we will send you a link to choose a new password.
            </Text>
            <FormErrorAlert message={serverErrors.message} />
            <TextInput label="Email" type="email" autoComplete="email" required {...form.getInputProps('email')} />
            <Button type="submit" loading={loading} fullWidth>
              Send reset link
            </Button>
          </Stack>
        </form>
      )}
    </AuthPage>
  );
}
