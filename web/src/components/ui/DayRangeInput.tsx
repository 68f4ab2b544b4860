import { DatePickerInput } from '@mantine/dates';
import { useEffect, useState } from 'react';
import { browserTimeZone } from '../../lib/time-zones';

interface DayRangeInputProps {
  label: string;
  from: string | null;
  to: string | null;
  /** Called with both ends, or both cleared: never with a range still being picked. */
  onChange: (range: { from: string | null; to: string | null }) => void;
}

/** A range of days (`YYYY-MM-DD`) in the browser's zone, for filters. */
export function DayRangeInput({ label, from, to, onChange }: DayRangeInputProps) {
  const [range, setRange] = useState<[string | null, string | null]>([from, to]);
  useEffect(() => setRange([from, to]), [from, to]);
  return (
    <DatePickerInput
      type="range"
      label={label}
      description={`Days in your time zone (${browserTimeZone()})`}
      placeholder="Any date"
      valueFormat="D MMM YYYY"
      allowSingleDateInRange
      clearable
      value={range}
      onChange={([start, end]) => {
        setRange([start, end]);
        if (!start || end) onChange({ from: start, to: end });
      }}
    />
  );
}
