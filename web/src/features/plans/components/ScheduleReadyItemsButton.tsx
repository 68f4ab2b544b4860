import { Alert, Anchor, Button, Group, List, Modal, Select, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ChannelStatus, Platform } from '../../../gql/graphql';
import { describeActionError } from '../../../lib/graphql-errors';
import { platformLabels } from '../../../lib/platforms';
import { channelsPath } from '../../../lib/publishing';
import { useScheduleReadyPlanItems } from '../hooks/useScheduleReadyPlanItems';

interface ScheduleReadyItemsButtonProps {
  planId: string;
  readyCount: number;
  persona: {
    id: string;
    name: string;
    timeZone: string;
    channelIntegrations: ReadonlyArray<{ id: string; platform: Platform; accountName: string; status: ChannelStatus }>;
  };
}

type Outcome = Awaited<ReturnType<ReturnType<typeof useScheduleReadyPlanItems>['scheduleReady']>>;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Schedules every READY item of the plan at its planned time, on a channel chosen here. */
export function ScheduleReadyItemsButton({ planId, readyCount, persona }: ScheduleReadyItemsButtonProps) {
  const [opened, { open, close }] = useDisclosure(false);
  const active = persona.channelIntegrations.filter((channel) => channel.status === 'ACTIVE');
  const [channelId, setChannelId] = useState<string | null>(active.length === 1 ? active[0]!.id : null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { scheduleReady, loading } = useScheduleReadyPlanItems(planId);

  function openDialog() {
    setOutcome(null);
    setError(null);
    open();
  }

  async function submit() {
    if (!channelId) return;
    setError(null);
    try {
      setOutcome(await scheduleReady(channelId));
    } catch (caught) {
      setError(describeActionError(caught));
    }
  }

  return (
    <>
      <Button variant="default" leftSection={<IconCalendarEvent size={16} />} onClick={openDialog} disabled={readyCount === 0}>
        Schedule ready items
      </Button>
      <Modal opened={opened} onClose={close} title="Schedule the plan’s ready items" centered>
        {outcome ? (
          <Stack gap="sm">
            <Text>{outcome.scheduled.length ? `Scheduled ${plural(outcome.scheduled.length, 'post', 'posts')} at their planned times.` : 'Nothing was scheduled.'}</Text>
            {outcome.skipped.length > 0 && (
              <>
                <Text size="sm" fw={600}>
                  Left as Ready
                </Text>
                <List size="sm" spacing={4} aria-label="Items left as Ready">
                  {outcome.skipped.map(({ item, reason }) => (
                    <List.Item key={item.id}>
                      <Text span size="sm" fw={500}>
                        {item.title || 'Untitled'}
                      </Text>
                      : {reason}
                    </List.Item>
                  ))}
                </List>
              </>
            )}
            <Group justify="flex-end">
              <Button onClick={close}>Done</Button>
            </Group>
          </Stack>
        ) : (
          <Stack gap="sm">
            <Text size="sm">
              {plural(readyCount, 'Ready item goes', 'Ready items go')} out at the times the plan gave them, in {persona.name}’s time zone (
              {persona.timeZone}). Each is checked as when scheduled on its own; items without a planned time, or whose time has
              passed, stay Ready.
            </Text>
            {active.length === 0 ? (
              <Alert color="yellow" variant="light" title="No connected channel" role="alert">
                Connect a channel first on the{' '}
                <Anchor component={Link} to={channelsPath(persona.id)} size="sm">
                  channels page
                </Anchor>
                .
              </Alert>
            ) : (
              <Select
                label="Channel"
                placeholder="Choose a channel"
                allowDeselect={false}
                data={active.map((channel) => ({ value: channel.id, label: `${channel.accountName} · ${platformLabels[channel.platform]}` }))}
                value={channelId}
                onChange={setChannelId}
              />
            )}
            {error && (
              <Alert color="red" variant="light" role="alert">
                {error}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button onClick={() => void submit()} loading={loading} disabled={!channelId}>
                {`Schedule ${plural(readyCount, 'item', 'items')}`}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
