import * as z from 'zod/mini';

/** The server's rule for new passwords, checked before sending. */
export const minPasswordLength = 10;

export const newPasswordSchema = z
  .string()
  .check(z.minLength(minPasswordLength, `Use at least ${minPasswordLength} characters`), z.maxLength(200, 'Keep it under 200 characters'));

/** A new password typed twice: the second must match the first. */
export const repeatedPasswordCheck = z.refine<{ newPassword: string; repeatPassword: string }>((values) => values.newPassword === values.repeatPassword, {
  path: ['repeatPassword'],
  message: 'The two passwords differ',
});
