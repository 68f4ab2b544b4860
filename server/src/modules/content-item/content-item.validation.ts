import { z } from 'zod';
import { CONTENT_FORMATS, CONTENT_ITEM_ORDERS, CONTENT_ITEM_STATUSES, PLATFORMS } from '../shared/domain.js';
import { text } from '../shared/validation.js';

// Which statuses an item may take, and when, is for the status rules (status-rules.ts).
const status = z.enum(CONTENT_ITEM_STATUSES);

export const createContentItemSchema = z.object({
  personaId: z.string(),
  planId: z.string().nullish(),
  title: text(200).nullish(),
  caption: text(10000).nullish(),
  platform: z.enum(PLATFORMS),
  status: status.nullish(),
  scheduledAt: z.date().nullish(),
  overrideReason: text(2000).nullish(),
});

/** An item's media in order: each asset once, at most 20 (no platform takes more). */
const mediaSchema = z
  .array(z.object({ assetId: z.string().min(1), altText: text(1000).nullish() }))
  .max(20, 'must be at most 20 images and videos')
  .refine((media) => new Set(media.map((entry) => entry.assetId)).size === media.length, 'must name each image or video once');

export const updateContentItemSchema = z.object({
  expectedVersion: z.number().int().min(1, 'must be a version this item has had'),
  assetId: z.string().nullish(),
  format: z.enum(CONTENT_FORMATS).nullish(),
  media: mediaSchema.nullish(),
  coverAssetId: z.string().nullish(),
  planId: z.string().nullish(),
  title: text(200).nullish(),
  caption: text(10000).nullish(),
  platform: z.enum(PLATFORMS).nullish(),
  status: status.nullish(),
  scheduledAt: z.date().nullish(),
  captionRunId: z.string().nullish(),
  overrideReason: text(2000).nullish(),
}).refine((input) => !input.captionRunId || input.caption != null, {
  path: ['captionRunId'],
  message: 'comes with the caption its proposal wrote',
});

export const contentItemFilterSchema = z.object({
  personaId: z.string().nullish(),
  planId: z.string().nullish(),
  status: z.array(z.enum(CONTENT_ITEM_STATUSES)).nullish(),
  platform: z.array(z.enum(PLATFORMS)).nullish(),
  scheduledFrom: z.date().nullish(),
  scheduledTo: z.date().nullish(),
  search: text(200).nullish(),
  includeSimulated: z.boolean().nullish(),
}).refine((filter) => !filter.scheduledFrom || !filter.scheduledTo || filter.scheduledTo > filter.scheduledFrom, {
  path: ['scheduledTo'],
  message: 'must be after scheduledFrom: the window runs from scheduledFrom up to scheduledTo',
});

export const contentItemOrderSchema = z.enum(CONTENT_ITEM_ORDERS);
