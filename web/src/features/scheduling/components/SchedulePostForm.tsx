import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { notifications } from '../../../lib/notifications';
import { FormErrorAlert } from '../../../components/ui/FormErrorAlert';
import { PostPreview } from '../../../components/ui/PostPreview';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { formatInstant, formatInstantPrecise, instantToPickerValue, pickerValueToLocalTime } from '../../../lib/dates';
import { useServerErrors } from '../../../lib/use-server-errors';
import type { Platform } from '../../../gql/graphql';
import { platformLabels } from '../../../lib/platforms';
import { useCrossPost } from '../hooks/useCrossPost';
import { ChannelPicker, initialPicks, usableChannels } from './ChannelPicker';
import { QueueSlotHint } from './QueueSlotHint';
import { SuggestedTimes } from './SuggestedTimes';

const schedulePostFormFragment = graphql(`
  fragment SchedulePostForm_item on ContentItem {
    id
    title
    status
    platform
    version
    scheduledAt
    caption
    publishedCaption
    asset {
      id
      url
    }
    format
    media {
      position
      altText
      asset {
        id
        kind
        url
        posterUrl
        durationSeconds
      }
    }
    currentPosts {
      id
      captionVariant
      channel {
        id
      }
    }
    persona {
      id
      name
      handle
      timeZone
      channelIntegrations {
        id
        platform
        accountName
        status
        nextQueueTime
      }
      suggestedPostTimes(first: 3) {
        at
        reason
      }
    }
  }
`);

interface ScheduleValues {
  /** The channels picked, in the order shown. */
  channelIds: string[];
  /** Captions of their own, by channel id (a channel without one posts the item's). */
  captions: Record<string, string>;
  /** Wall-clock time in the persona's zone, as Mantine's DateTimePicker edits it. */
  when: string | null;
}

/** The planned time, when it is still ahead: most items are scheduled when their plan said. */
function plannedStart(plannedAt: string | null, timeZone: string): string | null {
  if (!plannedAt || Date.parse(plannedAt) <= Date.now() + 60_000) return null;
  return instantToPickerValue(plannedAt, timeZone);
}

function underPicker(errors: Record<string, string>): Record<string, string> {
  const { 'when.localTime': localTime, ...rest } = errors;
  return localTime && !rest['when'] ? { ...rest, when: localTime } : rest;
}

/**
 * The server names a channel's problems by its place in the list sent (`channels.1.caption`);
 * the form keeps them by channel id (`channel.<id>`, `caption.<id>`), as the picker shows them.
 */
function byChannel(errors: Record<string, string>, sent: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([path, message]) => {
      const match = /^channels\.(\d+)\.(channelId|caption)$/.exec(path);
      const id = match ? sent[Number(match[1])] : undefined;
      if (!match || !id) return [path === 'channels' ? 'channelIds' : path, message];
      return [`${match[2] === 'caption' ? 'caption' : 'channel'}.${id}`, message];
    }),
  );
}

const errorsOf = (errors: Record<string, unknown>, prefix: string) =>
  Object.fromEntries(Object.entries(errors).flatMap(([key, message]) => (key.startsWith(prefix) ? [[key.slice(prefix.length), String(message)]] : [])));

interface SchedulePostFormProps {
  item: FragmentType<typeof schedulePostFormFragment>;
  /** Channels to pick at first (a retry), instead of the usual ones; each keeps the caption its last post had. */
  channelIds?: readonly string[];
  /** Each network's caption limit (Query.platforms). */
  captionLimits: Readonly<Partial<Record<Platform, number>>>;
  onDone: () => void;
}

/**
 * Channels (one or several: cross-posting, each with its own caption if wanted) and a time, in
 * the persona's zone. The time goes to the server as wall-clock `localTime`, which it converts
 * in that zone (daylight-saving safe) and checks; refusals show under the input they concern,
 * and nothing changes until the server accepts.
 */
export function SchedulePostForm({ item: itemRef, channelIds: asked = [], captionLimits, onDone }: SchedulePostFormProps) {
  const item = getFragmentData(schedulePostFormFragment, itemRef);
  const { timeZone } = item.persona;
  const channels = usableChannels(item.persona.channelIntegrations);
  const { crossPost } = useCrossPost();
  const serverErrors = useServerErrors();
  const form = useForm<ScheduleValues>({
    initialValues: {
      channelIds: asked.length ? channels.map((channel) => channel.id).filter((id) => asked.includes(id)) : initialPicks(channels, item.platform),
      captions: Object.fromEntries(
        item.currentPosts.flatMap((post) => (asked.includes(post.channel.id) && post.captionVariant !== null && post.captionVariant !== undefined ? [[post.channel.id, post.captionVariant]] : [])),
      ),
      when: plannedStart(item.scheduledAt ?? null, timeZone),
    },
    validate: {
      channelIds: (value) => (value.length ? null : 'Choose a channel'),
      when: (value) => (value ? null : 'Pick a date and time'),
    },
  });

  // Post now and Add to queue need a channel only: the server picks the time.
  const [sending, setSending] = useState<'now' | 'queue' | null>(null);
  const send = async (values: ScheduleValues, how: 'at' | 'now' | 'queue') => {
    serverErrors.clear();
    // In the order shown, which is the order the server names them by.
    const sent = channels.map((channel) => channel.id).filter((id) => values.channelIds.includes(id));
    try {
      const posts = await crossPost({
        itemId: item.id,
        channels: sent.map((channelId) => ({ channelId, caption: values.captions[channelId] ?? null })),
        when: how === 'at' ? { localTime: pickerValueToLocalTime(values.when ?? '') } : how === 'now' ? { now: true } : { queue: true },
        expectedVersion: item.version,
      });
      const where = posts.map((post) => post.channel.accountName).join(', ');
      notifications.show({
        color: 'green',
        title: 'Scheduled',
        message: `“${item.title || 'Untitled'}” goes out on ${where} at ${formatInstantPrecise(posts[0]!.runAt, timeZone)} (${timeZone}).`,
      });
      onDone();
    } catch (error) {
      // The server names a malformed or nonexistent local time `when.localTime`; both are the picker's.
      serverErrors.capture(
        { getValues: () => ({ ...form.getValues(), channel: true, caption: true }), setErrors: (errors) => form.setErrors(byChannel(underPicker(errors), sent)) },
        error,
      );
    }
  };
  const submit = form.onSubmit((values) => send(values, 'at'), serverErrors.focusFirstError);
  const sendWithoutTime = async (how: 'now' | 'queue') => {
    if (form.validateField('channelIds').hasError) return;
    setSending(how);
    await send(form.getValues(), how);
    setSending(null);
  };
  // The queue is a channel's own: it applies when one channel is picked.
  const picked = form.values.channelIds.length === 1 ? channels.find((channel) => channel.id === form.values.channelIds[0]) : undefined;
  const pickedChannels = channels.filter((channel) => form.values.channelIds.includes(channel.id));
  const [previewId, setPreviewId] = useState<string | null>(null);
  const previewed = pickedChannels.find((channel) => channel.id === previewId) ?? pickedChannels[0];
  const setCaption = (channelId: string, caption: string | null) => {
    const { [channelId]: _previous, ...others } = form.getValues().captions;
    form.setFieldValue('captions', caption === null ? others : { ...others, [channelId]: caption });
  };

  const now = new Date().toISOString();
  return (
    <form ref={serverErrors.formRef} onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormErrorAlert message={serverErrors.message} />
        <ChannelPicker
          personaId={item.persona.id}
          channels={item.persona.channelIntegrations}
          picked={form.values.channelIds}
          onPickedChange={(ids) => form.setFieldValue('channelIds', ids)}
          captions={form.values.captions}
          onCaptionChange={setCaption}
          itemCaption={item.caption}
          publishedCaption={item.publishedCaption}
          captionLimits={captionLimits}
          errors={{ channel: errorsOf(form.errors, 'channel.'), caption: errorsOf(form.errors, 'caption.') }}
          pickError={form.errors.channelIds ? String(form.errors.channelIds) : undefined}
        />
        <QueueSlotHint personaId={item.persona.id} timeZone={timeZone} nextQueueTime={picked ? (picked.nextQueueTime ?? null) : undefined} />
        <DateTimePicker
          label="Publish at"
          description={`In ${item.persona.name}’s time zone, ${timeZone} (now ${formatInstant(now, timeZone)} there)`}
          placeholder="Pick date and time"
          valueFormat="D MMM YYYY HH:mm"
          clearable
          clearButtonProps={{ 'aria-label': 'Clear the time' }}
          minDate={instantToPickerValue(now, timeZone)?.slice(0, 10)}
          nextLabel="Next month"
          previousLabel="Previous month"
          submitButtonProps={{ 'aria-label': 'Use this time' }}
          timePickerProps={{ hoursInputLabel: 'Hours', minutesInputLabel: 'Minutes' }}
          required
          {...form.getInputProps('when')}
        />
        <SuggestedTimes
          suggestions={item.persona.suggestedPostTimes}
          timeZone={timeZone}
          onPick={(value) => form.setFieldValue('when', value)}
        />
        {/* One preview per picked channel, switched between when several are. */}
        {pickedChannels.length > 1 && (
          <SegmentedControl
            aria-label="Preview on"
            size="xs"
            value={previewed?.id ?? ''}
            onChange={setPreviewId}
            data={pickedChannels.map((channel) => ({ value: channel.id, label: platformLabels[channel.platform] }))}
          />
        )}
        <PostPreview
          // As the channel's network shows it; the Sandbox stands in for the network the item is written for.
          platform={(previewed && previewed.platform !== 'SANDBOX' ? previewed.platform : item.platform) === 'INSTAGRAM' ? 'INSTAGRAM' : 'SANDBOX'}
          handle={item.persona.handle}
          name={item.persona.name}
          // As it goes out: the channel's own caption, or the item's with the persona's disclosure line when its policy applies.
          caption={(previewed && form.values.captions[previewed.id]) ?? item.publishedCaption}
          imageUrl={item.asset?.url ?? null}
          format={item.format}
          media={item.media.map((entry) => ({ ...entry.asset, altText: entry.altText }))}
        />
        <Text size="xs" c="dimmed">
          The item moves to Scheduled now and is published at that time; Add to queue takes the channel’s next free slot;
          Post now publishes it at once.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button
            variant="light"
            disabled={channels.length === 0 || form.submitting || sending === 'queue'}
            loading={sending === 'now'}
            onClick={() => void sendWithoutTime('now')}
          >
            Post now
          </Button>
          <Button
            variant="light"
            disabled={!picked?.nextQueueTime || form.submitting || sending === 'now'}
            loading={sending === 'queue'}
            onClick={() => void sendWithoutTime('queue')}
          >
            Add to queue
          </Button>
          <Button type="submit" loading={form.submitting} disabled={channels.length === 0 || sending !== null}>
            Schedule post
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
