import { NavLink, Stack } from '@mantine/core';
import { IconCode, IconLayoutList, IconUserCircle, IconUsers } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';

const links = [
  { to: '/personas', label: 'Personas', icon: IconUsers, matches: ['/personas', '/plans'] },
  { to: '/content', label: 'Content', icon: IconLayoutList, matches: ['/content'] },
  { to: '/explorer', label: 'API explorer', icon: IconCode, matches: ['/explorer'] },
  { to: '/profile', label: 'Profile', icon: IconUserCircle, matches: ['/profile'] },
];

export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const { pathname } = useLocation();
  return (
    <Stack gap={4} component="nav" aria-label="Main">
      {links.map(({ to, label, icon: Icon, matches }) => (
        <NavLink
          key={to}
          component={Link}
          to={to}
          label={label}
          leftSection={<Icon size={18} stroke={1.6} />}
          // Plans live under their persona, so the Personas entry stays lit on plan pages.
          active={matches.some((prefix) => pathname.startsWith(prefix))}
          onClick={onNavigate}
        />
      ))}
    </Stack>
  );
}
