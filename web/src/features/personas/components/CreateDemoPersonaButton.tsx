import { Button, type ButtonProps } from '@mantine/core';
import { notifications } from '../../../lib/notifications';
import { IconSparkles } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { describeError } from '../../../lib/graphql-errors';
import { useCreateDemoPersona } from '../hooks/useCreateDemoPersona';

/** A ready-made persona with a plan and items, at any time (its handle is numbered when taken). */
export function CreateDemoPersonaButton(props: Pick<ButtonProps, 'variant'>) {
  const navigate = useNavigate();
  const { createDemoPersona, loading } = useCreateDemoPersona();

  async function createDemo() {
    try {
      const id = await createDemoPersona();
      if (id) void navigate(`/personas/${id}`);
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not create the demo persona', message: describeError(error).message });
    }
  }

  return (
    <Button variant={props.variant} leftSection={<IconSparkles size={16} />} loading={loading} onClick={() => void createDemo()}>
      Create demo persona
    </Button>
  );
}
