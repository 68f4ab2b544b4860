import { Badge, Tooltip } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';

const hint = 'Figures from the Sandbox channel’s simulated audience, not from a real platform.';

/** Marks figures that come from the Sandbox simulation, wherever they are shown. */
export function SimulatedBadge({ size = 'sm' }: { size?: 'xs' | 'sm' | 'md' }) {
  return (
    <Tooltip label={hint} multiline w={240} withArrow>
      <Badge
        variant="light"
        color="orange"
        size={size}
        leftSection={<IconFlask size={12} aria-hidden />}
        miw="max-content"
      >
        Simulated
      </Badge>
    </Tooltip>
  );
}
