import { Anchor, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link, useLocation, useNavigate } from 'react-router';
import { FormErrorAlert } from '../../../components/ui/FormErrorAlert';
import { useServerErrors } from '../../../lib/use-server-errors';
import { AuthPage } from '../components/AuthPage';
import { visibilityToggle } from '../components/password-visibility';
import { useAfterSignInPath } from '../hooks/useAfterSignInPath';
import { useSignIn } from '../hooks/useSignIn';

// Two presence checks, written out: a schema library here would be most of the first screen's
// own code (the server checks the rest).
const validateSignIn = {
  email: (value: string) => (value.trim() ? null : 'Enter your email'),
  password: (value: string) => (value ? null : 'Enter your password'),
};

export function SignInRoute() {
  const navigate = useNavigate();
  const { search } = useLocation();
  const nextPath = useAfterSignInPath();
  const { signIn, loading } = useSignIn();
  const serverErrors = useServerErrors();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: validateSignIn,
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
