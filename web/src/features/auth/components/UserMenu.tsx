import { Avatar, Button, Menu, Text } from '@mantine/core';
import { IconChevronDown, IconLogout, IconUser } from '@tabler/icons-react';
import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { initialsOf } from '../../../lib/initials';
import { useSignOut } from '../hooks/useSignOut';

export const userMenuViewerFragment = graphql(`
  fragment UserMenu_viewer on Viewer {
    id
    email
    profile {
      displayName
    }
  }
`);

interface UserMenuProps {
  viewer: FragmentType<typeof userMenuViewerFragment>;
}

export function UserMenu(props: UserMenuProps) {
  const viewer = getFragmentData(userMenuViewerFragment, props.viewer);
  const { signOut, signingOut } = useSignOut();
  const name = viewer.profile.displayName || viewer.email;

  return (
    <Menu position="bottom-end" width={220}>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          leftSection={
            <Avatar size={24} radius="xl" color="grape" aria-hidden>
              {initialsOf(name)}
            </Avatar>
          }
          rightSection={<IconChevronDown size={14} />}
          loading={signingOut}
          aria-label={`Account: ${name}`}
          // On a phone the avatar stands for the name, so the header keeps every control.
          px={{ base: 6, sm: 'sm' }}
        >
          <Text size="sm" truncate maw={140} visibleFrom="sm">
            {name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{viewer.email}</Menu.Label>
        <Menu.Item component={Link} to="/profile" leftSection={<IconUser size={16} />}>
          Profile
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={signOut}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
