import { Anchor, AppShell, Burger, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link, Outlet } from 'react-router';
import { UnsavedChangesPrompt } from '../../components/ui/UnsavedChangesPrompt';
import { ColorSchemeMenu } from './ColorSchemeMenu';
import { LiveIndicator } from './LiveIndicator';
import { MainNav } from './MainNav';
import { PageLoadStatus } from './PageLoadStatus';

interface AppLayoutProps {
  userMenu: ReactNode;
  /** A reminder shown above every page, such as confirming the email address. */
  notice: ReactNode;
  /** Dialogs any page can open, such as scheduling a post. */
  overlays: ReactNode;
}

/** Header with brand and account menu, a side navigation that becomes a burger menu on phones. */
export function AppLayout({ userMenu, notice, overlays }: AppLayoutProps) {
  const [navOpened, { toggle, close }] = useDisclosure(false);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Anchor component={Link} to="/dashboard" fw={800} size="lg" c="grape" underline="never">
              DoppelCart
            </Anchor>
            <PageLoadStatus />
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LiveIndicator />
            <ColorSchemeMenu />
            {userMenu}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <MainNav onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main>
        {notice}
        <Outlet />
        {overlays}
        <UnsavedChangesPrompt />
      </AppShell.Main>
    </AppShell>
  );
}
