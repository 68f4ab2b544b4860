import { Button, Collapse, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback, useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconFilter, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { DayRangeInput } from '../../../components/ui/DayRangeInput';
import { ShowSimulatedSwitch } from '../../../components/ui/ShowSimulatedSwitch';
import { type PlatformOption } from '../../../lib/platforms';
import { StatusPlatformFilters } from '../../../components/ui/StatusPlatformFilters';
import type { ContentFilters } from '../hooks/useContentFilters';
import { usePlanOptions } from '../../../item-editor/hooks/usePlanOptions';
import { personaSelectData, type PersonaOption } from '../../../item-editor/components/persona-option';

interface ContentFilterBarProps {
  personas: ReadonlyArray<PersonaOption>;
  platformOptions: PlatformOption[];
  filters: ContentFilters;
  onChange: (change: Partial<ContentFilters>) => void;
  onClear: () => void;
}

const orderOptions = [
  { value: 'CREATED_AT_DESC', label: 'Newest first' },
  { value: 'SCHEDULED_AT_ASC', label: 'Scheduled time' },
];

function countActive(filters: ContentFilters): number {
  const { personaId, planId, statuses, platforms, scheduledFrom, search, includeSimulated } = filters;
  return [personaId, planId, statuses.length, platforms.length, scheduledFrom, search, includeSimulated].filter(Boolean).length;
}

export function ContentFilterBar({ personas, platformOptions, filters, onChange, onClear }: ContentFilterBarProps) {
  // On a phone eight inputs would push the list off screen; they fold behind a button.
  const isPhone = useMediaQuery('(max-width: 48em)');
  const [opened, { toggle }] = useDisclosure(false);
  const planOptions = usePlanOptions(filters.personaId);
  const [search, setSearch] = useState(filters.search);
  // Typing must not create a request (and a history entry) per keystroke.
  const commitSearch = useDebouncedCallback((value: string) => onChange({ search: value }), 300);
  useEffect(() => setSearch(filters.search), [filters.search]);

  const activeCount = countActive(filters);
  return (
    <>
      {isPhone && (
        <Button variant="light" leftSection={<IconFilter size={16} />} onClick={toggle} mb="sm" fullWidth>
          {opened ? 'Hide filters' : `Show filters${activeCount ? ` (${activeCount})` : ''}`}
        </Button>
      )}
      <Collapse expanded={!isPhone || opened}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} mb="md" role="search" aria-label="Filter content items">
          <Select
            label="Persona"
            placeholder="All personas"
            searchable
            clearable
            data={personaSelectData(personas)}
            value={filters.personaId}
            onChange={(personaId) => onChange({ personaId, planId: null })}
          />
          {filters.personaId && (
            <Select
              label="Plan"
              placeholder={planOptions.loading ? 'Loading plans…' : 'All plans'}
              clearable
              data={planOptions.options}
              value={filters.planId}
              onChange={(planId) => onChange({ planId })}
            />
          )}
          <StatusPlatformFilters
            statuses={filters.statuses}
            platforms={filters.platforms}
            platformOptions={platformOptions}
            anyStatus="Any status"
            onChange={onChange}
          />
          <DayRangeInput
            label="Scheduled between"
            from={filters.scheduledFrom}
            to={filters.scheduledTo}
            onChange={({ from, to }) => onChange({ scheduledFrom: from, scheduledTo: to })}
          />
          <TextInput
            label="Search"
            placeholder="Title or caption"
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              commitSearch(event.currentTarget.value);
            }}
          />
          <Select
            label="Sort by"
            data={orderOptions}
            allowDeselect={false}
            value={filters.order}
            onChange={(order) =>
              onChange({ order: order === 'SCHEDULED_AT_ASC' ? 'SCHEDULED_AT_ASC' : 'CREATED_AT_DESC' })
            }
          />
          <ShowSimulatedSwitch checked={filters.includeSimulated} onChange={(includeSimulated) => onChange({ includeSimulated })} />
          <Button variant="subtle" onClick={onClear} style={{ alignSelf: 'flex-end' }}>
            Clear filters
          </Button>
        </SimpleGrid>
      </Collapse>
    </>
  );
}
