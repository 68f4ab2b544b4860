import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ui/ConfirmDialog';
import { describeActionError } from '../../../lib/graphql-errors';
import { platformLabels } from '../../../lib/platforms';
import { useDisconnectChannel } from '../hooks/useDisconnectChannel';
import type { ChannelCardChannel } from './ChannelCard';

interface DisconnectChannelDialogProps {
  /** The channel to disconnect; null keeps the dialog closed. */
  channel: ChannelCardChannel | null;
  onClose: () => void;
}

/** Asks before disconnecting: the channel's pending posts are cancelled with it. */
export function DisconnectChannelDialog({ channel, onClose }: DisconnectChannelDialogProps) {
  const { disconnect, loading } = useDisconnectChannel();
  const [error, setError] = useState<string | null>(null);

  function close() {
    setError(null);
    onClose();
  }

  async function confirm() {
    if (!channel) return;
    try {
      await disconnect(channel.id);
      close();
    } catch (caught) {
      setError(describeActionError(caught));
    }
  }

  return (
    <ConfirmDialog
      opened={channel !== null}
      title={channel ? `Disconnect ${channel.accountName}?` : 'Disconnect channel?'}
      message={
        channel
          ? `Pending posts on this ${platformLabels[channel.platform]} channel will be cancelled and their items go back to Ready. ` +
            'Its tokens are erased; connect again to publish there.'
          : ''
      }
      confirmLabel="Disconnect"
      loading={loading}
      error={error}
      onConfirm={() => void confirm()}
      onClose={close}
    />
  );
}
