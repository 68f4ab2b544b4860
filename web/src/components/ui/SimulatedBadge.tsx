import { Badge, Tooltip } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';

const hint = 'Figures from the Sandbox channel’s simulated audience, not from a real platform.';

interface SimulatedBadgeProps {
  size?: 'xs' | 'sm' | 'md';
  /** Only the flask (named “Simulated”), where a word would leave no room for the title beside it. */
  compact?: boolean;
}

/** Marks figures that come from the Sandbox simulation, wherever they are shown. */
export function SimulatedBadge({ size = 'sm', compact = false }: SimulatedBadgeProps) {
  return (
    <Tooltip label={hint} multiline w={240} withArrow>
      {compact ? (
        <Badge variant="light" color="orange" size={size} circle role="img" aria-label="Simulated" style={{ flexShrink: 0 }}>
          <IconFlask size={10} aria-hidden />
        </Badge>
      ) : (
        <Badge
          variant="light"
          color="orange"
          size={size}
          leftSection={<IconFlask size={12} aria-hidden />}
          miw="max-content"
        >
          Simulated
        </Badge>
      )}
    </Tooltip>
  );
}
