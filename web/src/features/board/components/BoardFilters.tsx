import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { DayRangeInput } from '../../../components/ui/DayRangeInput';
import { ShowSimulatedSwitch } from '../../../components/ui/ShowSimulatedSwitch';
import { type PlatformOption } from '../../../lib/platforms';
import { StatusPlatformFilters } from '../../../components/ui/StatusPlatformFilters';
import type { BoardFilters as Filters } from '../hooks/useBoardFilters';

interface PersonaOption {
  id: string;
  name: string;
  handle: string;
}

interface BoardFiltersProps {
  filters: Filters;
  onChange: (change: Partial<Filters>) => void;
  /** Personas to choose from; omitted on a persona's own board. */
  personas?: ReadonlyArray<PersonaOption>;
  platformOptions: PlatformOption[];
  /** The persona's plans, on a persona's own board. */
  plans?: ReadonlyArray<{ id: string; title: string }>;
}

/** Narrows the board; every choice lives in the URL, so a filtered board can be shared and reloaded. */
export function BoardFilters({ filters, onChange, personas, platformOptions, plans }: BoardFiltersProps) {
  const [search, setSearch] = useState(filters.search);
  useEffect(() => setSearch(filters.search), [filters.search]);
  // Typing asks the server once the typing pauses, not on every key.
  const applySearch = useDebouncedCallback((value: string) => onChange({ search: value }), 300);

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} mb="md" role="search" aria-label="Filter the board">
      <TextInput
        label="Search"
        placeholder="Title or caption"
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          applySearch(event.currentTarget.value);
        }}
      />
      {personas && (
        <Select
          label="Persona"
          placeholder="All personas"
          searchable
          clearable
          data={personas.map((persona) => ({ value: persona.id, label: `${persona.name} (@${persona.handle})` }))}
          value={filters.personaId}
          onChange={(personaId) => onChange({ personaId })}
        />
      )}
      {plans && (
        <Select
          label="Plan"
          placeholder="All plans"
          clearable
          data={plans.map((plan) => ({ value: plan.id, label: plan.title }))}
          value={filters.planId}
          onChange={(planId) => onChange({ planId })}
        />
      )}
      <StatusPlatformFilters
        statuses={filters.statuses}
        platforms={filters.platforms}
        platformOptions={platformOptions}
        anyStatus="All columns"
        onChange={onChange}
      />
      <DayRangeInput
        label="Planned or scheduled between"
        from={filters.from}
        to={filters.to}
        onChange={({ from, to }) => onChange({ from, to })}
      />
      <ShowSimulatedSwitch checked={filters.includeSimulated} onChange={(includeSimulated) => onChange({ includeSimulated })} />
    </SimpleGrid>
  );
}
