import { Alert, List, Text } from '@mantine/core';
import type { BulkOutcome } from './useBulkItemActions';

interface BulkOutcomeAlertProps {
  outcome: BulkOutcome | null;
  onClose: () => void;
}

/** What the last bulk action did: how many went through, and each refused item with the reason. */
export function BulkOutcomeAlert({ outcome, onClose }: BulkOutcomeAlertProps) {
  if (!outcome) return null;
  const done = outcome.doneIds.length;
  const refused = outcome.refused.length;
  const title = `${outcome.action}: ${done} item${done === 1 ? '' : 's'}${refused ? `; ${refused} left as ${refused === 1 ? 'it was' : 'they were'}` : ''}`;
  return (
    <Alert
      color={refused ? 'orange' : 'teal'}
      variant="light"
      title={title}
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={onClose}
      role={refused ? 'alert' : 'status'}
    >
      {refused > 0 && (
        <List size="sm" spacing={4} aria-label="Refused items">
          {outcome.refused.map((refusal) => (
            <List.Item key={refusal.id}>
              <Text span fw={500} size="sm" style={{ overflowWrap: 'anywhere' }}>
                {refusal.title}
              </Text>
              : {refusal.reason}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
