import { Badge, Group, Text } from '@mantine/core';
import type { ScheduledPostState } from '../../../gql/graphql';
import { scheduledPostStates } from '../../../lib/publishing';

interface ZonePersona {
  name: string;
  timeZone: string;
}

/** Which time zone the times are in, and what each colour means. */
export function CalendarLegend({ personas }: { personas: readonly ZonePersona[] }) {
  const zones = new Set(personas.map((persona) => persona.timeZone));
  const [only] = personas;
  const zoneNote =
    zones.size > 1
      ? `Personas post in different time zones; each post shows at its local time in its persona’s zone (${personas
          .map((persona) => `${persona.name}: ${persona.timeZone}`)
          .join(', ')}).`
      : only
        ? `Times in ${only.timeZone}${personas.length === 1 ? `, ${only.name}’s time zone` : ', your personas’ time zone'}.`
        : '';
  return (
    <Group justify="space-between" gap="sm" mb="sm">
      <Text size="sm" c="dimmed">
        {zoneNote} Drag a pending post to another day or time to reschedule it. Outlined items are planned, not
        scheduled yet: drag one to plan it for another time (a Ready one then opens the schedule dialog there).
      </Text>
      <Group gap={6} aria-label="Post states">
        <Badge color="gray" variant="outline" size="sm" style={{ borderStyle: 'dashed' }}>
          Planned
        </Badge>
        {(Object.keys(scheduledPostStates) as ScheduledPostState[]).map((state) => (
          <Badge key={state} color={scheduledPostStates[state].color} variant="filled" size="sm">
            {scheduledPostStates[state].label}
          </Badge>
        ))}
      </Group>
    </Group>
  );
}
