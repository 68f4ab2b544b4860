import { Anchor, Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface AuthPageProps {
  title: string;
  children: ReactNode;
  switchPrompt: string;
  switchLabel: string;
  switchTo: string;
}

/** The signed-out frame: brand, one form, and a link to the other way in. */
export function AuthPage({ title, children, switchPrompt, switchLabel, switchTo }: AuthPageProps) {
  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-default-hover)">
      <Stack w="100%" maw={420} gap="lg">
        <Stack gap={2} align="center">
          <Text fw={800} size="xl" c="grape">
            DoppelCart
          </Text>
          <Text size="sm" c="dimmed">
            Content planning for synthetic influencers
          </Text>
        </Stack>
        <Paper withBorder shadow="sm" radius="md" p="lg">
          <Title order={1} size="h3" mb="md">
            {title}
          </Title>
          {children}
        </Paper>
        <Text size="sm" ta="center">
          {switchPrompt}{' '}
          <Anchor component={Link} to={switchTo}>
            {switchLabel}
          </Anchor>
        </Text>
      </Stack>
    </Center>
  );
}
