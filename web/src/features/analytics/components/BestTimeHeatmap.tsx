import { Box, Group, ScrollArea, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { formatHour, weekdayName } from '../../../lib/analytics-format';
import { ChartCard } from './ChartCard';
import { cellColor, cellLabel, hours, indexCells, legendShades, weekdays } from './heatmap-grid';

const bestTimeHeatmapFragment = graphql(`
  fragment BestTimeHeatmap_summary on PersonaAnalytics {
    timeZone
    heatmap {
      weekday
      hour
      posts
      engagementRate
    }
  }
`);

const swatch = (background: string) => <Box w={14} h={14} bg={background} style={{ borderRadius: 3 }} aria-hidden />;

function Legend() {
  return (
    <Group gap={6} aria-hidden>
      <Text size="xs" c="dimmed">
        No posts
      </Text>
      {swatch('var(--mantine-color-default-hover)')}
      <Text size="xs" c="dimmed" ml="sm">
        Lower
      </Text>
      {legendShades.map((shade) => (
        <span key={shade}>{swatch(shade)}</span>
      ))}
      <Text size="xs" c="dimmed">
        Higher engagement
      </Text>
    </Group>
  );
}

/**
 * Engagement by weekday and hour of publishing over all of the persona's posts. Each slot with
 * posts is a focusable cell whose name says its rate and evidence; empty slots are skipped by Tab.
 */
export function BestTimeHeatmap(props: { summary: FragmentType<typeof bestTimeHeatmapFragment> }) {
  const { timeZone, heatmap } = getFragmentData(bestTimeHeatmapFragment, props.summary);
  const { cellAt, best } = indexCells(heatmap);
  return (
    <ChartCard
      title="Best time to post"
      description={`Engagement by weekday and hour of publishing, over all of the persona’s measured posts. Hours in ${timeZone}.`}
    >
      {heatmap.length === 0 ? (
        <Text size="sm" c="dimmed">
          No measured posts yet: the grid fills in as posts get figures.
        </Text>
      ) : (
        <HeatmapTable timeZone={timeZone} cellAt={cellAt} best={best} />
      )}
    </ChartCard>
  );
}

interface HeatmapTableProps {
  timeZone: string;
  cellAt: ReturnType<typeof indexCells>['cellAt'];
  best: number;
}

function HeatmapTable({ timeZone, cellAt, best }: HeatmapTableProps) {
  return (
    <>
      <ScrollArea type="auto" offsetScrollbars>
        <Box component="table" style={{ borderCollapse: 'separate', borderSpacing: 2, minWidth: 640, width: '100%', tableLayout: 'fixed' }}>
          <VisuallyHidden component="caption">Engagement by weekday and hour ({timeZone})</VisuallyHidden>
          <colgroup>
            <col style={{ width: 40 }} />
          </colgroup>
          <thead>
            <tr>
              <th />
              {hours.map((hour) => (
                <Text component="th" scope="col" key={hour} size="xs" c="dimmed" fw={400}>
                  {hour % 3 === 0 ? String(hour).padStart(2, '0') : <VisuallyHidden>{formatHour(hour)}</VisuallyHidden>}
                </Text>
              ))}
            </tr>
          </thead>
          <tbody>
            {weekdays.map((weekday) => (
              <tr key={weekday}>
                <Text component="th" scope="row" size="xs" c="dimmed" fw={400} ta="left" pr={4}>
                  {weekdayName(weekday).slice(0, 3)}
                </Text>
                {hours.map((hour) => {
                  const cell = cellAt(weekday, hour);
                  const label = cellLabel(weekday, hour, cell);
                  return (
                    <td key={hour} style={{ padding: 0 }}>
                      <Tooltip label={label} withArrow openDelay={80} events={{ hover: true, focus: true, touch: true }}>
                        <Box
                          role="img"
                          aria-label={label}
                          tabIndex={cell ? 0 : undefined}
                          h={22}
                          bg={cellColor(cell, best)}
                          style={{ borderRadius: 3 }}
                        />
                      </Tooltip>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </Box>
      </ScrollArea>
      <Legend />
    </>
  );
}
