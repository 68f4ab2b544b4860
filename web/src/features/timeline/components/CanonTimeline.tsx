import { Badge, Button, Group, Text, Timeline } from '@mantine/core';
import { IconFlag, IconStar } from '@tabler/icons-react';
import type { PersonaTimelineQuery } from '../../../gql/graphql';
import { canonKinds } from './canon-kinds';
import type { CanonFactValue } from './CanonFactDialog';

type Arc = NonNullable<PersonaTimelineQuery['persona']>['storyArcs'][number];

type Entry =
  | { kind: 'fact'; date: string | null; fact: CanonFactValue }
  | { kind: 'beat'; date: string; arc: Arc; beat: Arc['beats'][number]; position: number };

interface CanonTimelineProps {
  facts: readonly CanonFactValue[];
  arcs: readonly Arc[];
  onEdit: (fact: CanonFactValue) => void;
  onDelete: (fact: CanonFactValue) => void;
}

function span(fact: CanonFactValue): string {
  if (fact.kind === 'EVENT') return `On ${fact.validFrom}`;
  if (fact.validFrom && fact.validUntil) return `${fact.validFrom} to ${fact.validUntil}`;
  if (fact.validFrom) return `Since ${fact.validFrom}`;
  return fact.validUntil ? `Until ${fact.validUntil}` : 'Always';
}

/** The persona's life in date order: facts from when they hold, and arc beats on their days. */
export function CanonTimeline({ facts, arcs, onEdit, onDelete }: CanonTimelineProps) {
  const entries: Entry[] = [
    ...facts.map((fact): Entry => ({ kind: 'fact', date: fact.validFrom ?? null, fact })),
    ...arcs.flatMap((arc) => arc.beats.map((beat, position): Entry => ({ kind: 'beat', date: beat.onDate, arc, beat, position }))),
  ].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  if (!entries.length) return <Text c="dimmed">Nothing yet: add the people, pets, places and events of the persona’s life.</Text>;
  return (
    <Timeline bulletSize={22} lineWidth={2} aria-label="Life timeline">
      {entries.map((entry) =>
        entry.kind === 'fact' ? (
          <Timeline.Item
            key={entry.fact.id}
            bullet={<IconStar size={12} />}
            title={
              <Group gap="xs">
                <Text fw={600} size="sm">
                  {entry.fact.subject}
                </Text>
                <Badge size="xs" variant="light">
                  {canonKinds[entry.fact.kind].label}
                  {entry.fact.descriptor && `: ${entry.fact.descriptor}`}
                </Badge>
              </Group>
            }
            aria-label={`${entry.fact.subject}: ${entry.fact.statement}`}
          >
            <Text size="sm">{entry.fact.statement}</Text>
            <Text size="xs" c="dimmed">
              {span(entry.fact)}
            </Text>
            <Group gap={4} mt={4}>
              <Button size="compact-xs" variant="subtle" onClick={() => onEdit(entry.fact)} aria-label={`Edit ${entry.fact.subject}`}>
                Edit
              </Button>
              <Button size="compact-xs" variant="subtle" color="red" onClick={() => onDelete(entry.fact)} aria-label={`Delete ${entry.fact.subject}`}>
                Delete
              </Button>
            </Group>
          </Timeline.Item>
        ) : (
          <Timeline.Item
            key={entry.beat.id}
            bullet={<IconFlag size={12} />}
            color="grape"
            title={
              <Text fw={600} size="sm">
                {entry.arc.title}, beat {entry.position + 1}
              </Text>
            }
            aria-label={`${entry.arc.title}, beat ${entry.position + 1}: ${entry.beat.title}`}
          >
            <Text size="sm">{entry.beat.title}</Text>
            <Text size="xs" c="dimmed">
              On {entry.beat.onDate}
            </Text>
          </Timeline.Item>
        ),
      )}
    </Timeline>
  );
}
