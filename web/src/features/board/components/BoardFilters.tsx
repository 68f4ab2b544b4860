import { MultiSelect, Select, SimpleGrid } from '@mantine/core';
import { ShowSimulatedSwitch } from '../../../components/ui/ShowSimulatedSwitch';
import { isPlatform, type PlatformOption } from '../../../lib/platforms';
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
}

export function BoardFilters({ filters, onChange, personas, platformOptions }: BoardFiltersProps) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} mb="md" role="search" aria-label="Filter the board">
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
      <MultiSelect
        label="Platform"
        placeholder={filters.platforms.length ? undefined : 'Any platform'}
        data={platformOptions}
        clearable
        value={filters.platforms}
        onChange={(values) => onChange({ platforms: values.filter(isPlatform) })}
      />
      <ShowSimulatedSwitch checked={filters.includeSimulated} onChange={(includeSimulated) => onChange({ includeSimulated })} />
    </SimpleGrid>
  );
}
