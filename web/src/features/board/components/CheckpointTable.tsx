import { Table } from '@mantine/core';
import { formatCount } from '../../../lib/analytics-format';
import { formatInstant } from '../../../lib/dates';
import { checkpointLabel, itemMetrics, metricValue, type ItemMetricKey } from './item-metrics';

export interface CheckpointSnapshot extends Partial<Record<ItemMetricKey, number | null>> {
  id: string;
  capturedAt: string;
  checkpoint?: string | null;
  unavailable: readonly string[];
}

/**
 * An item's figures at each collection (1 hour, 1 day, 7 days, 30 days after publishing): one
 * column per checkpoint, so four of them fit the drawer. Unreported figures are dashes.
 */
export function CheckpointTable({ snapshots, timeZone }: { snapshots: readonly CheckpointSnapshot[]; timeZone: string }) {
  return (
    <Table.ScrollContainer minWidth={120 + 80 * snapshots.length}>
      <Table fz="xs" striped aria-label="Figures by checkpoint">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Metric</Table.Th>
            {snapshots.map((snapshot) => (
              <Table.Th key={snapshot.id} ta="right" title={`Measured ${formatInstant(snapshot.capturedAt, timeZone)}`}>
                {checkpointLabel(snapshot.checkpoint)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {itemMetrics.map(({ key, label }) => (
            <Table.Tr key={key}>
              <Table.Th scope="row" fw={500}>
                {label}
              </Table.Th>
              {snapshots.map((snapshot) => (
                <Table.Td key={snapshot.id} ta="right">
                  {formatCount(metricValue(snapshot, key))}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
