import { skipToken, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
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
      }
    }
  }
`);

interface BulkScheduleDialogProps {
  selected: readonly SelectedItem[] | null;
  onSchedule: (channelId: string) => Promise<void>;
  onClose: () => void;
}

/** Pick the channel; each selected item is scheduled at its own planned time. */
export function BulkScheduleDialog({ selected, onSchedule, onClose }: BulkScheduleDialogProps) {
  const personaIds = [...new Set((selected ?? []).map((item) => item.personaId))];
  const personaId = personaIds.length === 1 ? personaIds[0]! : null;
  const { data, loading } = useQuery(personaChannelsQuery, personaId ? { variables: { personaId } } : skipToken);
  const [channelId, setChannelId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const channels = (data?.persona?.channelIntegrations ?? []).filter((channel) => channel.status === 'ACTIVE');

  async function submit() {
    if (!channelId) return;
    setSaving(true);
    setError(null);
    try {
      await onSchedule(channelId);
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
            <Text size="sm">
              Each item is scheduled at its planned time. Items without a planned time, or with one that has passed, are listed
              afterwards and stay as they are.
            </Text>
            <Select
              label="Channel"
              placeholder={loading ? 'Loading channels…' : channels.length ? 'Pick a channel' : 'No connected channel'}
              data={channels.map((channel) => ({ value: channel.id, label: `${platformLabels[channel.platform]} · ${channel.accountName}` }))}
              value={channelId}
              onChange={setChannelId}
              disabled={channels.length === 0}
              error={error}
            />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => void submit()} loading={saving} disabled={!channelId || personaIds.length !== 1}>
            Schedule
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
