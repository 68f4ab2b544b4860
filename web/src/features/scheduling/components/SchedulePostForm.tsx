import { Button, Group, Stack, Text } from '@mantine/core';
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
import { useSchedulePost } from '../hooks/useSchedulePost';
import { ChannelSelect, usableChannels } from './ChannelSelect';
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
  channelId: string | null;
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

interface SchedulePostFormProps {
  item: FragmentType<typeof schedulePostFormFragment>;
  onDone: () => void;
}

/**
 * Channel and time, in the persona's zone. The time goes to the server as wall-clock
 * `localTime`, which it converts in that zone (daylight-saving safe) and checks; refusals show
 * under the input they concern, and nothing changes until the server accepts.
 */
export function SchedulePostForm({ item: itemRef, onDone }: SchedulePostFormProps) {
  const item = getFragmentData(schedulePostFormFragment, itemRef);
  const { timeZone } = item.persona;
  const channels = usableChannels(item.persona.channelIntegrations, item.platform);
  const { schedulePost } = useSchedulePost();
  const serverErrors = useServerErrors();
  const form = useForm<ScheduleValues>({
    initialValues: { channelId: channels.length === 1 ? (channels[0]?.id ?? null) : null, when: plannedStart(item.scheduledAt ?? null, timeZone) },
    validate: {
      channelId: (value) => (value ? null : 'Choose a channel'),
      when: (value) => (value ? null : 'Pick a date and time'),
    },
  });

  // Post now and Add to queue need a channel only: the server picks the time.
  const [sending, setSending] = useState<'now' | 'queue' | null>(null);
  const send = async (values: ScheduleValues, how: 'at' | 'now' | 'queue') => {
    serverErrors.clear();
    try {
      const post = await schedulePost({
        itemId: item.id,
        channelId: values.channelId ?? '',
        when: how === 'at' ? { localTime: pickerValueToLocalTime(values.when ?? '') } : how === 'now' ? { now: true } : { queue: true },
        expectedVersion: item.version,
      });
      notifications.show({
        color: 'green',
        title: 'Scheduled',
        message: `“${item.title || 'Untitled'}” goes out on ${post.channel.accountName} at ${formatInstantPrecise(post.runAt, timeZone)} (${timeZone}).`,
      });
      onDone();
    } catch (error) {
      // The server names a malformed or nonexistent local time `when.localTime`; both are the picker's.
      serverErrors.capture({ getValues: form.getValues, setErrors: (errors) => form.setErrors(underPicker(errors)) }, error);
    }
  };
  const submit = form.onSubmit((values) => send(values, 'at'), serverErrors.focusFirstError);
  const sendWithoutTime = async (how: 'now' | 'queue') => {
    if (form.validateField('channelId').hasError) return;
    setSending(how);
    await send(form.getValues(), how);
    setSending(null);
  };
  const picked = channels.find((channel) => channel.id === form.values.channelId);

  const now = new Date().toISOString();
  return (
    <form ref={serverErrors.formRef} onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormErrorAlert message={serverErrors.message} />
        <ChannelSelect
          personaId={item.persona.id}
          channels={item.persona.channelIntegrations}
          itemPlatform={item.platform}
          {...form.getInputProps('channelId')}
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
        <PostPreview
          // As the platform the item is written for shows it; the Sandbox stands in for it.
          platform={item.platform === 'INSTAGRAM' ? 'INSTAGRAM' : 'SANDBOX'}
          handle={item.persona.handle}
          name={item.persona.name}
          // As it goes out: with the persona's disclosure line when its policy applies.
          caption={item.publishedCaption}
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
