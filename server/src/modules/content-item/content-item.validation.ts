import { z } from 'zod';
import { CONTENT_ITEM_ORDERS, CONTENT_ITEM_STATUSES, PLATFORMS } from '../shared/domain.js';
import { text } from '../shared/validation.js';

// POSTED and FAILED are outcomes of publishing; people cannot set them by hand.
export const EDITABLE_STATUSES = ['idea', 'draft', 'ready', 'scheduled'] as const;

const status = z.enum(EDITABLE_STATUSES, {
  error: 'must be IDEA, DRAFT, READY or SCHEDULED; POSTED and FAILED are set by publishing',
});

export const createContentItemSchema = z.object({
  personaId: z.string(),
  planId: z.string().nullish(),
  title: text(200).nullish(),
  caption: text(10000).nullish(),
  platform: z.enum(PLATFORMS),
  status: status.nullish(),
  scheduledAt: z.date().nullish(),
});

export const updateContentItemSchema = z.object({
  planId: z.string().nullish(),
  title: text(200).nullish(),
  caption: text(10000).nullish(),
  platform: z.enum(PLATFORMS).nullish(),
  status: status.nullish(),
  scheduledAt: z.date().nullish(),
});

export const contentItemFilterSchema = z.object({
  personaId: z.string().nullish(),
  planId: z.string().nullish(),
  status: z.array(z.enum(CONTENT_ITEM_STATUSES)).nullish(),
  platform: z.array(z.enum(PLATFORMS)).nullish(),
  scheduledFrom: z.date().nullish(),
  scheduledTo: z.date().nullish(),
  search: text(200).nullish(),
});

export const contentItemOrderSchema = z.enum(CONTENT_ITEM_ORDERS);
