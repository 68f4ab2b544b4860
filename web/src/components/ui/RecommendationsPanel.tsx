import { Badge, Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBulb, IconClock } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import type { InsightKind, RecommendationConfidence } from '../../gql/graphql';
import { formatLift, formatRate, plural, slotName } from '../../lib/analytics-format';
import { SimulatedBadge } from './SimulatedBadge';

/**
 * What the API's `Recommendations` gives; each feature queries it in its own document, written
 * out rather than spread from a shared fragment: the server's depth limit counts a fragment
 * spread as two levels, and the plan page's path to the slots would go over it.
 */
export interface RecommendationsValue {
  basedOnPosts: number;
  historyDays: number;
  confidence: RecommendationConfidence;
  summary: string;
  simulated: boolean;
  slots: ReadonlyArray<{ weekday: number; hour: number; engagementRate: number; posts: number; explanation: string }>;
  insights: ReadonlyArray<{ kind: InsightKind; label: string; lift: number; posts: number; explanation: string }>;
}

const confidences: Record<RecommendationConfidence, { label: string; color: string }> = {
  LOW: { label: 'Low confidence', color: 'gray' },
  MEDIUM: { label: 'Medium confidence', color: 'yellow' },
  HIGH: { label: 'High confidence', color: 'green' },
};

const insightKinds: Record<InsightKind, string> = { THEME: 'Theme', FORMAT: 'Format', HOOK: 'Hook' };

interface RecommendationsPanelProps {
  recommendations: RecommendationsValue;
  /** The persona's zone: slots are weekdays and hours in it. */
  timeZone: string;
  /** Links or notes shown under the findings, e.g. to the analytics page. */
  footer?: ReactNode;
}

function Finding({ icon, title, children }: { icon: ReactNode; title: ReactNode; children: ReactNode }) {
  return (
    <List.Item icon={icon}>
      <Text size="sm" fw={600} component="div">
        {title}
      </Text>
      <Text size="xs" c="dimmed">
        {children}
      </Text>
    </List.Item>
  );
}

/** What the persona's own history says works, with the evidence each finding rests on. */
export function RecommendationsPanel({ recommendations, timeZone, footer }: RecommendationsPanelProps) {
  const { basedOnPosts, historyDays, confidence, summary, slots, insights } = recommendations;
  const headingId = useId();
  const icon = (Icon: typeof IconClock) => (
    <ThemeIcon size={22} radius="xl" variant="light">
      <Icon size={14} aria-hidden />
    </ThemeIcon>
  );
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group gap="xs">
          <Title order={2} size="h4" id={headingId}>
            Recommendations
          </Title>
          <Badge variant="light" color={confidences[confidence].color}>
            {confidences[confidence].label}
          </Badge>
          {recommendations.simulated && <SimulatedBadge />}
        </Group>
        <Text size="xs" c="dimmed">
          Based on {plural(basedOnPosts, 'post')} over {plural(historyDays, 'day')}
        </Text>
        <Text size="sm">{summary}</Text>
        {slots.length > 0 && (
          <Stack gap={4}>
            <Title order={3} size="h6">
              Best times ({timeZone})
            </Title>
            <List spacing="xs" aria-label="Best posting times" center={false}>
              {slots.map((slot) => (
                <Finding
                  key={`${slot.weekday}-${slot.hour}`}
                  icon={icon(IconClock)}
                  title={`${slotName(slot.weekday, slot.hour)} · ${formatRate(slot.engagementRate)} over ${plural(slot.posts, 'post')}`}
                >
                  {slot.explanation}
                </Finding>
              ))}
            </List>
          </Stack>
        )}
        {insights.length > 0 && (
          <Stack gap={4}>
            <Title order={3} size="h6">
              What works
            </Title>
            <List spacing="xs" aria-label="What works" center={false}>
              {insights.map((insight) => (
                <Finding
                  key={`${insight.kind}-${insight.label}`}
                  icon={icon(IconBulb)}
                  title={
                    <Group gap={6} component="span">
                      <Badge size="xs" variant="outline">
                        {insightKinds[insight.kind]}
                      </Badge>
                      {insight.label} · {formatLift(insight.lift)}
                    </Group>
                  }
                >
                  {insight.explanation}
                </Finding>
              ))}
            </List>
          </Stack>
        )}
        <Text size="xs" c="dimmed">
          {slots.length > 0 || insights.length > 0
            ? 'Generate ideas places posts in these slots and leans toward what works.'
            : 'Once findings appear, Generate ideas places posts in the best slots and leans toward what works.'}
        </Text>
        {footer}
      </Stack>
    </Paper>
  );
}
