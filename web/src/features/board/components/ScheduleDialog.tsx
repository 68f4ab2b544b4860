import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useState, type FormEvent } from 'react';
import { instantToPickerValue, pickerValueToInstant } from '../../../lib/dates';
import { cardTitle, type BoardCardItem } from './BoardCard';

interface ScheduleDialogProps {
  /** The item waiting for a publishing time; null keeps the dialog closed. */
  item: BoardCardItem | null;
  onConfirm: (scheduledAt: string) => void;
  onCancel: () => void;
}

/** Asks when an item goes out, in its persona's time zone, before it moves to Scheduled. */
export function ScheduleDialog({ item, onConfirm, onCancel }: ScheduleDialogProps) {
  return (
    <Modal
      opened={item !== null}
      onClose={onCancel}
      title={item ? `Schedule “${cardTitle(item)}”` : ''}
      closeButtonProps={{ 'aria-label': 'Cancel scheduling' }}
      centered
    >
      {/* Keyed by item, so each item starts with an empty picker. */}
      {item && <ScheduleForm key={item.id} item={item} onConfirm={onConfirm} onCancel={onCancel} />}
    </Modal>
  );
}

function ScheduleForm({ item, onConfirm, onCancel }: { item: BoardCardItem } & Omit<ScheduleDialogProps, 'item'>) {
  const { timeZone } = item.persona;
  const [value, setValue] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const instant = pickerValueToInstant(value, timeZone);
    if (!instant || new Date(instant).getTime() <= Date.now()) {
      setError('Pick a time in the future');
      return;
    }
    onConfirm(instant);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">Scheduled items need a publishing time in the future.</Text>
        <DateTimePicker
          label="Publish at"
          description={`In the persona’s time zone (${timeZone})`}
          placeholder="Pick date and time"
          valueFormat="D MMM YYYY HH:mm"
          minDate={instantToPickerValue(new Date().toISOString(), timeZone) ?? undefined}
          nextLabel="Next month"
          previousLabel="Previous month"
          submitButtonProps={{ 'aria-label': 'Use this time' }}
          value={value}
          onChange={(next) => {
            setValue(next);
            setError(null);
          }}
          error={error}
          required
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit">Schedule</Button>
        </Group>
      </Stack>
    </form>
  );
}
