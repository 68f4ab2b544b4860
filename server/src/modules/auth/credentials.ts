import { z } from 'zod';

// The rules for addresses and passwords, the same at sign-up, reset and change.

export const emailSchema = z.string().trim().toLowerCase().max(254, 'must be at most 254 characters').email('must be a valid email address');

export const passwordSchema = z.string().min(10, 'must be at least 10 characters').max(200, 'must be at most 200 characters');
