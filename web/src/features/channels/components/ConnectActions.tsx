import { Button, Group } from '@mantine/core';
import { IconBrandInstagram, IconFlask } from '@tabler/icons-react';

interface ConnectActionsProps {
  /** Whether the persona's Sandbox channel is connected already (there is one per persona). */
  sandboxActive: boolean;
  instagramLoading: boolean;
  sandboxLoading: boolean;
  onConnectInstagram: () => void;
  onConnectSandbox: () => void;
}

export function ConnectActions(props: ConnectActionsProps) {
  const { sandboxActive, instagramLoading, sandboxLoading, onConnectInstagram, onConnectSandbox } = props;
  return (
    <Group gap="xs">
      <Button leftSection={<IconBrandInstagram size={16} />} loading={instagramLoading} onClick={onConnectInstagram}>
        Connect Instagram
      </Button>
      <Button
        variant="default"
        leftSection={<IconFlask size={16} />}
        loading={sandboxLoading}
        disabled={sandboxActive}
        title={sandboxActive ? 'The Sandbox channel is connected' : undefined}
        onClick={onConnectSandbox}
      >
        Connect Sandbox
      </Button>
    </Group>
  );
}
