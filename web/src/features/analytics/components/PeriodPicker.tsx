import { Group, SegmentedControl } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useState } from 'react';
import { periodDays, periodPresets, type AnalyticsPeriod } from './analytics-period';

interface PeriodPickerProps {
  period: AnalyticsPeriod;
  timeZone: string;
  /** Why the server refused the period, shown under the range. */
  error: string | null;
  onChange: (period: AnalyticsPeriod) => void;
}

const presetOptions = [
  ...periodPresets.map((days) => ({ value: String(days), label: `${days} days` })),
  { value: 'custom', label: 'Custom' },
];

/** Last 7, 30, 90 or 365 days, or a range of days, all in the persona's time zone. */
export function PeriodPicker({ period, timeZone, error, onChange }: PeriodPickerProps) {
  const [custom, setCustom] = useState(period.kind === 'custom');
  const shown = periodDays(period, timeZone);
  const [range, setRange] = useState<[string | null, string | null]>([shown.fromDay, shown.toDay]);

  const choose = (value: string) => {
    if (value === 'custom') {
      setRange([shown.fromDay, shown.toDay]);
      setCustom(true);
      return;
    }
    const preset = periodPresets.find((days) => String(days) === value);
    if (!preset) return;
    setCustom(false);
    onChange({ kind: 'preset', days: preset });
  };

  return (
    <Group align="flex-end" gap="md" mb="md">
      <SegmentedControl
        aria-label="Period"
        data={presetOptions}
        value={custom ? 'custom' : period.kind === 'preset' ? String(period.days) : 'custom'}
        onChange={choose}
      />
      {custom && (
        <DatePickerInput
          type="range"
          label="Custom period"
          description={`Days in ${timeZone}`}
          valueFormat="D MMM YYYY"
          allowSingleDateInRange
          value={range}
          error={error}
          miw={260}
          onChange={([from, to]) => {
            setRange([from, to]);
            if (from && to) onChange({ kind: 'custom', from, to });
          }}
        />
      )}
    </Group>
  );
}
