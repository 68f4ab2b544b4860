import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../../components/ui/ConfirmDialog';
import { showUndoNotice } from '../../../components/ui/undo-notice';
import { describeError } from '../../../lib/graphql-errors';
import { useRestoreFromTrash } from '../../../lib/use-restore-from-trash';
import { useDeletePlan } from '../hooks/useDeletePlan';

interface DeletePlanButtonProps {
  planId: string;
  planTitle: string;
  personaId: string;
  itemCount: number;
}

export function DeletePlanButton({ planId, planTitle, personaId, itemCount }: DeletePlanButtonProps) {
  const navigate = useNavigate();
  const [opened, { open, close }] = useDisclosure(false);
  const [error, setError] = useState<string | null>(null);
  const { deletePlan, loading } = useDeletePlan(personaId);
  const { restore } = useRestoreFromTrash();

  async function confirm() {
    setError(null);
    try {
      await deletePlan(planId);
      close();
      showUndoNotice(`Moved plan “${planTitle}” to the Trash`, () => restore([planId]));
      void navigate(`/personas/${personaId}`, { replace: true });
    } catch (caught) {
      setError(describeError(caught).message);
    }
  }

  return (
    <>
      <Button color="red" variant="light" leftSection={<IconTrash size={16} />} onClick={open}>
        Delete plan
      </Button>
      <ConfirmDialog
        opened={opened}
        title="Delete this plan?"
        message={`“${planTitle}” moves to the Trash, where you can restore it for 30 days. Its ${itemCount} content items stay with the persona, without a plan, until then.`}
        confirmLabel="Move to Trash"
        loading={loading}
        error={error}
        onConfirm={() => void confirm()}
        onClose={close}
      />
    </>
  );
}
