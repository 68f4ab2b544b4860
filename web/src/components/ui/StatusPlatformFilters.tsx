import { MultiSelect } from '@mantine/core';
import type { ContentItemStatus, Platform } from '../../gql/graphql';
import { isContentStatus, statusOptions } from '../../lib/content-status';
import { isPlatform, type PlatformOption } from '../../lib/platforms';

interface StatusPlatformFiltersProps {
  statuses: ContentItemStatus[];
  platforms: Platform[];
  platformOptions: PlatformOption[];
  /** What an empty status filter means here ("All columns", "Any status"). */
  anyStatus: string;
  onChange: (change: { statuses?: ContentItemStatus[]; platforms?: Platform[] }) => void;
}

/** The status and platform pickers the item filters share (the board and the content list). */
export function StatusPlatformFilters({ statuses, platforms, platformOptions, anyStatus, onChange }: StatusPlatformFiltersProps) {
  return (
    <>
      <MultiSelect
        label="Status"
        placeholder={statuses.length ? undefined : anyStatus}
        data={statusOptions}
        clearable
        value={statuses}
        onChange={(values) => onChange({ statuses: values.filter(isContentStatus) })}
      />
      <MultiSelect
        label="Platform"
        placeholder={platforms.length ? undefined : 'Any platform'}
        data={platformOptions}
        clearable
        value={platforms}
        onChange={(values) => onChange({ platforms: values.filter(isPlatform) })}
      />
    </>
  );
}
