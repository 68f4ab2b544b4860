import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { timeZoneNames } from '../../lib/time-zones';

/** A searchable list of IANA time zones. */
export function TimeZoneSelect(props: Omit<SelectProps, 'data'>) {
  const data = useMemo(() => timeZoneNames(), []);
  return <Select searchable limit={50} nothingFoundMessage="No matching time zone" {...props} data={data} />;
}
