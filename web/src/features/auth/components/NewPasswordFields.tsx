import { PasswordInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { minPasswordLength } from './password-rules';
import { visibilityToggle } from './password-visibility';

interface NewPasswordValues {
  newPassword: string;
  repeatPassword: string;
}

/** The new password and its repetition, as the reset page and the profile ask for them. */
export function NewPasswordFields<Values extends NewPasswordValues>({ form }: { form: UseFormReturnType<Values> }) {
  return (
    <>
      <PasswordInput
        label="New password"
        description={`At least ${minPasswordLength} characters`}
        autoComplete="new-password"
        visibilityToggleButtonProps={visibilityToggle}
        required
        {...form.getInputProps('newPassword')}
      />
      <PasswordInput
        label="Repeat the new password"
        autoComplete="new-password"
        visibilityToggleButtonProps={visibilityToggle}
        required
        {...form.getInputProps('repeatPassword')}
      />
    </>
  );
}
