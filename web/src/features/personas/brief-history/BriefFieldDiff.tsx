import { SimpleGrid, Stack, Text } from '@mantine/core';
import { diffWordsWithSpace } from 'diff';
import { useMemo } from 'react';

interface BriefFieldDiffProps {
  label: string;
  before: string;
  after: string;
  beforeLabel: string;
  afterLabel: string;
}

const box = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;
const removed = { background: 'var(--mantine-color-red-light)', textDecoration: 'line-through' } as const;
const added = { background: 'var(--mantine-color-green-light)', textDecoration: 'none' } as const;

/** One brief field side by side: the older text with what went struck out, the newer with what came marked. */
export function BriefFieldDiff({ label, before, after, beforeLabel, afterLabel }: BriefFieldDiffProps) {
  const parts = useMemo(() => diffWordsWithSpace(before, after), [before, after]);
  return (
    <Stack gap={4} component="section" aria-label={label}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <SimpleGrid cols={2} spacing="sm">
        <Text size="sm" style={box} aria-label={`${label} in ${beforeLabel}`}>
          {parts.map((part, index) =>
            part.added ? null : part.removed ? (
              <del key={index} style={removed}>
                {part.value}
              </del>
            ) : (
              <span key={index}>{part.value}</span>
            ),
          )}
          {before === '' && (
            <Text span c="dimmed">
              (empty)
            </Text>
          )}
        </Text>
        <Text size="sm" style={box} aria-label={`${label} in ${afterLabel}`}>
          {parts.map((part, index) =>
            part.removed ? null : part.added ? (
              <ins key={index} style={added}>
                {part.value}
              </ins>
            ) : (
              <span key={index}>{part.value}</span>
            ),
          )}
          {after === '' && (
            <Text span c="dimmed">
              (empty)
            </Text>
          )}
        </Text>
      </SimpleGrid>
    </Stack>
  );
}
