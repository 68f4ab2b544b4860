import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

interface NotFoundProps {
  what?: string;
  backTo?: string;
  backLabel?: string;
}

export function NotFound({ what = 'page', backTo = '/personas', backLabel = 'Go to personas' }: NotFoundProps) {
  return (
    <Stack align="flex-start" gap="sm">
      <Title order={1} size="h2">
        Not found
      </Title>
      <Text c="dimmed">This {what} does not exist, or it is not yours.</Text>
      <Button component={Link} to={backTo} variant="light">
        {backLabel}
      </Button>
    </Stack>
  );
}
