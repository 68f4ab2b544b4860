import { Button } from '@mantine/core';
import { notifications } from '../../../lib/notifications';
import { IconArchive, IconArchiveOff } from '@tabler/icons-react';
import { describeError } from '../../../lib/graphql-errors';
import { useArchivePersona } from '../hooks/useArchivePersona';

interface ArchivePersonaButtonProps {
  personaId: string;
  archived: boolean;
}

/** Archiving hides the persona from the default list and keeps its content, so no confirmation. */
export function ArchivePersonaButton({ personaId, archived }: ArchivePersonaButtonProps) {
  const { setArchived, loading } = useArchivePersona();

  async function toggle() {
    try {
      await setArchived(personaId, !archived);
      notifications.show({ message: archived ? 'Persona restored' : 'Persona archived' });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Could not change the persona',
        message: describeError(error).message,
      });
    }
  }

  return (
    <Button
      variant="default"
      loading={loading}
      leftSection={archived ? <IconArchiveOff size={16} /> : <IconArchive size={16} />}
      onClick={() => void toggle()}
    >
      {archived ? 'Unarchive' : 'Archive'}
    </Button>
  );
}
