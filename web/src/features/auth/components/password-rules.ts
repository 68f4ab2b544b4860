import * as z from 'zod/mini';

/** The server's rule for new passwords, checked before sending. */
export const minPasswordLength = 10;

export const newPasswordSchema = z
  .string()
  .check(z.minLength(minPasswordLength, `Use at least ${minPasswordLength} characters`), z.maxLength(200, 'Keep it under 200 characters'));
