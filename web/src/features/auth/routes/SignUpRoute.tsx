import '../../../lib/mantine-styles';
import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useLocation, useNavigate } from 'react-router';
import * as z from 'zod/mini';
import { FormErrorAlert } from '../../../components/ui/FormErrorAlert';
import { TimeZoneSelect } from '../../../components/ui/TimeZoneSelect';
import { browserTimeZone } from '../../../lib/time-zones';
import { useServerErrors } from '../../../lib/use-server-errors';
import { AuthPage } from '../components/AuthPage';
import { minPasswordLength, newPasswordSchema } from '../components/password-rules';
import { visibilityToggle } from '../components/password-visibility';
import { useAfterSignInPath } from '../hooks/useAfterSignInPath';
import { useSignUp } from '../hooks/useSignUp';

const signUpSchema = z.object({
  email: z.pipe(z.string().check(z.trim()), z.email('Enter a valid email address')),
  password: newPasswordSchema,
  displayName: z.string().check(z.trim(), z.maxLength(80, 'Keep it under 80 characters')),
  timeZone: z.string().check(z.minLength(1, 'Choose a time zone')),
});

export function SignUpRoute() {
  const navigate = useNavigate();
  const { search } = useLocation();
  const nextPath = useAfterSignInPath('/personas');
  const { signUp, loading } = useSignUp();
  const serverErrors = useServerErrors();
  const form = useForm({
    initialValues: { email: '', password: '', displayName: '', timeZone: browserTimeZone() },
    validate: schemaResolver(signUpSchema, { sync: true }),
  });

  const submit = serverErrors.submitHandler(form, async (values) => {
    await signUp({
      email: values.email.trim(),
      password: values.password,
      displayName: values.displayName.trim() || null,
      timeZone: values.timeZone,
    });
    void navigate(nextPath, { replace: true });
  });

  return (
    <AuthPage
      title="Create your account"
      switchPrompt="Already have an account?"
      switchLabel="Sign in"
      switchTo={`/sign-in${search}`}
    >
      <form ref={serverErrors.formRef} onSubmit={submit} noValidate>
        <Stack>
          <FormErrorAlert message={serverErrors.message} />
          <TextInput label="Email" type="email" autoComplete="email" required {...form.getInputProps('email')} />
          <PasswordInput
            label="Password"
            visibilityToggleButtonProps={visibilityToggle}
            description={`At least ${minPasswordLength} characters`}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <TextInput label="Display name" autoComplete="name" {...form.getInputProps('displayName')} />
          <TimeZoneSelect
            label="Time zone"
            description="New personas post in this zone unless you pick another"
            allowDeselect={false}
            {...form.getInputProps('timeZone')}
          />
          <Button type="submit" loading={loading} fullWidth>
            Sign up
          </Button>
        </Stack>
      </form>
    </AuthPage>
  );
}
