import { Badge, Button, Chip, CloseButton, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useState } from 'react';
import { FormErrorAlert } from '../../../components/ui/FormErrorAlert';
import { describeError } from '../../../lib/graphql-errors';
import { useSetPostingSlots } from '../hooks/useSetPostingSlots';
import { slotKey, sortedSlots, withTimeOnDays, WEEKDAYS, type Slot } from './posting-slots';

interface PostingScheduleDialogProps {
  channelId: string;
  accountName: string;
  timeZone: string;
  slots: readonly Slot[];
  onClose: () => void;
}

const WORKDAYS = ['1', '2', '3', '4', '5'];

/**
 * The weekly times a channel posts at. A time is added to the days picked beside it and can be
 * removed from each day on its own; nothing is stored until Save, which replaces the schedule.
 */
export function PostingScheduleDialog({ channelId, accountName, timeZone, slots: initial, onClose }: PostingScheduleDialogProps) {
  const [slots, setSlots] = useState<Slot[]>(() => sortedSlots(initial));
  const [time, setTime] = useState('09:00');
  const [days, setDays] = useState<string[]>(WORKDAYS);
  const [timeError, setTimeError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { save, saving } = useSetPostingSlots();

  function addTime() {
    if (!/^\d{2}:\d{2}$/.test(time)) return setTimeError('Enter a time such as 09:00');
    if (days.length === 0) return setTimeError('Pick at least one day');
    setTimeError(null);
    setSlots((current) => withTimeOnDays(current, time, days.map(Number)));
  }

  async function submit() {
    setError(null);
    try {
      await save(channelId, slots);
      onClose();
    } catch (caught) {
      setError(describeError(caught).message);
    }
  }

  return (
    <Modal opened onClose={onClose} title={`Posting schedule · ${accountName}`} size="lg">
      <Stack>
        <Text size="sm">
          The weekly times this channel posts at, in {timeZone}. Add to queue puts an item in the next of them that no other
          post holds.
        </Text>
        <FormErrorAlert message={error} />
        <Group align="flex-end" gap="sm">
          <TimeInput label="Time of day" value={time} onChange={(event) => setTime(event.currentTarget.value)} error={timeError} w={140} />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="posting-days-label">
              Days
            </Text>
            <Chip.Group multiple value={days} onChange={setDays}>
              <Group gap={4} role="group" aria-labelledby="posting-days-label">
                {WEEKDAYS.map((day) => (
                  <Chip key={day.weekday} value={String(day.weekday)} size="xs" aria-label={day.long}>
                    {day.short}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </Stack>
          <Button variant="light" onClick={addTime}>
            Add time
          </Button>
        </Group>
        <Table aria-label="Weekly posting times" verticalSpacing={6}>
          <Table.Tbody>
            {WEEKDAYS.map((day) => {
              const times = slots.filter((slot) => slot.weekday === day.weekday);
              return (
                <Table.Tr key={day.weekday}>
                  <Table.Th scope="row" w={110}>
                    {day.long}
                  </Table.Th>
                  <Table.Td>
                    {times.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        No times
                      </Text>
                    ) : (
                      <Group gap={6}>
                        {times.map((slot) => (
                          <Badge
                            key={slotKey(slot)}
                            variant="light"
                            tt="none"
                            size="lg"
                            pr={4}
                            rightSection={
                              <CloseButton
                                size="xs"
                                aria-label={`Remove ${day.long} ${slot.time}`}
                                onClick={() => setSlots((current) => current.filter((other) => slotKey(other) !== slotKey(slot)))}
                              />
                            }
                          >
                            {slot.time}
                          </Badge>
                        ))}
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Group justify="space-between">
          <Button variant="subtle" color="red" disabled={slots.length === 0} onClick={() => setSlots([])}>
            Clear all
          </Button>
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button loading={saving} onClick={() => void submit()}>
              Save schedule
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
