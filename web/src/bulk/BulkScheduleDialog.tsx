import { skipToken, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../gql/gql';
import { describeError } from '../lib/graphql-errors';
import { platformLabels } from '../lib/platforms';
import type { SelectedItem } from './useItemSelection';

const personaChannelsQuery = graphql(`
  query BulkScheduleChannels($personaId: ID!) {
    persona(id: $personaId) {
      id
      name
      channelIntegrations {
        id
        platform
        accountName
        status
        nextQueueTime
      }
    }
  }
`);

interface BulkScheduleDialogProps {
  selected: readonly SelectedItem[] | null;
  onSchedule: (channelId: string, queue: boolean) => Promise<void>;
  onClose: () => void;
}

/** Pick the channel, and whether each item goes at its own planned time or into the channel's queue. */
export function BulkScheduleDialog({ selected, onSchedule, onClose }: BulkScheduleDialogProps) {
  const personaIds = [...new Set((selected ?? []).map((item) => item.personaId))];
  const personaId = personaIds.length === 1 ? personaIds[0]! : null;
  const { data, loading } = useQuery(personaChannelsQuery, personaId ? { variables: { personaId } } : skipToken);
  const [channelId, setChannelId] = useState<string | null>(null);
  const [when, setWhen] = useState<'planned' | 'queue'>('planned');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const channels = (data?.persona?.channelIntegrations ?? []).filter((channel) => channel.status === 'ACTIVE');
  const queueClosed = when === 'queue' && channelId !== null && !channels.find((channel) => channel.id === channelId)?.nextQueueTime;

  async function submit() {
    if (!channelId) return;
    setSaving(true);
    setError(null);
    try {
      await onSchedule(channelId, when === 'queue');
      setChannelId(null);
    } catch (caught) {
      setError(describeError(caught).message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened={selected !== null} onClose={onClose} title={`Schedule ${selected?.length ?? 0} items`}>
      <Stack>
        {personaIds.length > 1 ? (
          <Alert color="yellow" variant="light" role="alert">
            The selection spans {personaIds.length} personas. Select items of one persona to schedule them on its channel.
          </Alert>
        ) : (
          <>
            <SegmentedControl
              aria-label="When"
              value={when}
              onChange={(value) => setWhen(value as 'planned' | 'queue')}
              data={[
                { value: 'planned', label: 'At planned times' },
                { value: 'queue', label: 'Add to queue' },
              ]}
            />
            <Text size="sm">
              {when === 'planned'
                ? 'Each item is scheduled at its planned time. Items without a planned time, or with one that has passed, are listed afterwards and stay as they are.'
                : 'Each item takes the next free slot of the channel’s posting schedule, in the order you selected them.'}
            </Text>
            <Select
              label="Channel"
              placeholder={loading ? 'Loading channels…' : channels.length ? 'Pick a channel' : 'No connected channel'}
              data={channels.map((channel) => ({ value: channel.id, label: `${platformLabels[channel.platform]} · ${channel.accountName}` }))}
              value={channelId}
              onChange={setChannelId}
              disabled={channels.length === 0}
              error={error ?? (queueClosed ? 'This channel has no free posting slot: set its posting schedule on the Channels page' : null)}
            />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => void submit()} loading={saving} disabled={!channelId || personaIds.length !== 1 || queueClosed}>
            {when === 'queue' ? 'Add to queue' : 'Schedule'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
