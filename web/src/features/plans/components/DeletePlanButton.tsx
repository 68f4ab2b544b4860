import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../../components/ui/ConfirmDialog';
import { describeError } from '../../../lib/graphql-errors';
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

  async function confirm() {
    setError(null);
    try {
      await deletePlan(planId);
      close();
      notifications.show({ message: `Deleted plan “${planTitle}”` });
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
        message={`“${planTitle}” will be deleted. Its ${itemCount} content items stay with the persona, without a plan.`}
        confirmLabel="Delete"
        loading={loading}
        error={error}
        onConfirm={() => void confirm()}
        onClose={close}
      />
    </>
  );
}
