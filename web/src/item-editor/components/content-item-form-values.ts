import dayjs from 'dayjs';
import * as z from 'zod/mini';
import type { ContentItemStatus, Platform } from '../../gql/graphql';
import { contentStatuses, creatableStatuses, userMoves } from '../../lib/content-status';
import { instantToPickerValue, pickerValueToInstant } from '../../lib/dates';
import type { PlatformOption } from '../../lib/platforms';
import { characterCount } from '../../lib/characters';

/** The caption limit when the server has not said one for the platform (Instagram's). */
const DEFAULT_CAPTION_LIMIT = 2200;

/** The caption limit on `platform`, as the server counts it (Query.platforms): the counter warns before the platform would refuse. */
export function captionLimitOf(platform: string, options: ReadonlyArray<{ value: string; captionMaxCharacters?: number }>): number {
  return options.find((option) => option.value === platform)?.captionMaxCharacters ?? DEFAULT_CAPTION_LIMIT;
}

export interface ContentItemFormValues {
  personaId: string | null;
  planId: string | null;
  title: string;
  caption: string;
  platform: Platform | null;
  status: ContentItemStatus;
  /** Wall-clock time in the persona's zone, as Mantine's DateTimePicker edits it. */
  scheduledAt: string | null;
}

export interface ContentItemSource {
  title: string;
  caption: string;
  platform: Platform;
  status: ContentItemStatus;
  scheduledAt?: string | null;
  persona: { id: string };
  plan?: { id: string } | null;
}

/** Statuses from which the schema requires a time. */
const needsTime: ReadonlySet<ContentItemStatus> = new Set(['SCHEDULED', 'POSTED']);

/** The form's checks; `captionLimit` gives the limit of the platform chosen. */
export const contentItemFormSchema = (captionLimit: (platform: string) => number) => z
  .object({
    personaId: z.string({ error: 'Choose a persona' }).check(z.minLength(1, 'Choose a persona')),
    planId: z.nullable(z.string()),
    title: z.string().check(z.maxLength(200, 'Keep it under 200 characters')),
    caption: z.string(),
    platform: z.string({ error: 'Choose a platform' }),
    status: z.string(),
    scheduledAt: z.nullable(z.string()),
  })
  .check(
    z.superRefine((values, context) => {
      const limit = captionLimit(values.platform);
      if (characterCount(values.caption) > limit) context.addIssue({ code: 'custom', path: ['caption'], message: `At most ${limit} characters` });
      if (needsTime.has(values.status as ContentItemStatus) && !values.scheduledAt) {
        context.addIssue({ code: 'custom', path: ['scheduledAt'], message: 'Pick when it goes out' });
      }
    }),
  );

/** A new item's values; `plannedLocal` is a wall-clock time (`2026-12-24T09:30`, e.g. a calendar slot) in the persona's zone. */
export function emptyItemValues(personaId: string | null, planId: string | null, plannedLocal: string | null = null): ContentItemFormValues {
  const scheduledAt = plannedLocal ? dayjs(plannedLocal).format('YYYY-MM-DD HH:mm:ss') : null;
  return { personaId, planId, title: '', caption: '', platform: null, status: 'IDEA', scheduledAt };
}

export function itemToFormValues(item: ContentItemSource, timeZone: string): ContentItemFormValues {
  return {
    personaId: item.persona.id,
    planId: item.plan?.id ?? null,
    title: item.title,
    caption: item.caption,
    platform: item.platform,
    status: item.status,
    scheduledAt: instantToPickerValue(item.scheduledAt ?? null, timeZone),
  };
}

/** The fields create and update share; validation guarantees persona and platform are set. */
export function formValuesToItemFields(values: ContentItemFormValues, timeZone: string) {
  return {
    planId: values.planId,
    title: values.title.trim(),
    caption: values.caption,
    platform: values.platform as Platform,
    status: values.status,
    scheduledAt: pickerValueToInstant(values.scheduledAt, timeZone),
  };
}

/**
 * The status itself plus the moves a person can make from it (any start for a new item).
 * Items that publish through a channel reach Scheduled by scheduling a post, not by hand.
 */
export function statusChoices(current: ContentItemStatus | null, platform: Platform | null, platformOptions: ReadonlyArray<PlatformOption>) {
  const throughChannel = platformOptions.some((option) => option.value === platform && option.canPublish);
  const statuses = (current ? [current, ...userMoves[current]] : creatableStatuses).filter(
    (status) => status === current || status !== 'SCHEDULED' || !platform || !throughChannel,
  );
  return statuses.map((value) => ({ value, label: contentStatuses[value].label }));
}
