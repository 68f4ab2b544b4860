import { Anchor, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { Link, useLocation, useNavigate } from 'react-router';
import * as z from 'zod/mini';
import { FormErrorAlert } from '../../../components/ui/FormErrorAlert';
import { useServerErrors } from '../../../lib/use-server-errors';
import { AuthPage } from '../components/AuthPage';
import { visibilityToggle } from '../components/password-rules';
import { useAfterSignInPath } from '../hooks/useAfterSignInPath';
import { useSignIn } from '../hooks/useSignIn';

const signInSchema = z.object({
  email: z.string().check(z.trim(), z.minLength(1, 'Enter your email')),
  password: z.string().check(z.minLength(1, 'Enter your password')),
});

export function SignInRoute() {
  const navigate = useNavigate();
  const { search } = useLocation();
  const nextPath = useAfterSignInPath();
  const { signIn, loading } = useSignIn();
  const serverErrors = useServerErrors();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: schemaResolver(signInSchema, { sync: true }),
  });

  const submit = serverErrors.submitHandler(form, async (values) => {
    await signIn({ email: values.email.trim(), password: values.password });
    void navigate(nextPath, { replace: true });
  });

  return (
    <AuthPage
      title="Sign in"
      switchPrompt="New to DoppelCart?"
      switchLabel="Create an account"
      switchTo={`/sign-up${search}`}
    >
      <form ref={serverErrors.formRef} onSubmit={submit} noValidate>
        <Stack>
          <FormErrorAlert message={serverErrors.message} />
          <TextInput label="Email" type="email" autoComplete="email" required {...form.getInputProps('email')} />
          <PasswordInput
            label="Password"
            visibilityToggleButtonProps={visibilityToggle}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Group justify="flex-end" mt={-8}>
            <Anchor component={Link} to="/forgot-password" size="sm">
              Forgot your password?
            </Anchor>
          </Group>
          <Button type="submit" loading={loading} fullWidth>
            Sign in
          </Button>
        </Stack>
      </form>
    </AuthPage>
  );
}
