import { NavLink, Stack } from '@mantine/core';
import {
  IconCode,
  IconGauge,
  IconLayoutKanban,
  IconLayoutList,
  IconPhoto,
  IconUserCircle,
  IconUsers,
} from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';

// Which pages light each entry: plans live under their persona, and a persona's board is a board.
const isBoard = (pathname: string) => pathname.endsWith('/board');

const links = [
  { to: '/dashboard', label: 'Dashboard', icon: IconGauge, matches: (path: string) => path.startsWith('/dashboard') },
  {
    to: '/personas',
    label: 'Personas',
    icon: IconUsers,
    matches: (path: string) => (path.startsWith('/personas') || path.startsWith('/plans')) && !isBoard(path),
  },
  { to: '/board', label: 'Board', icon: IconLayoutKanban, matches: isBoard },
  { to: '/content', label: 'Content', icon: IconLayoutList, matches: (path: string) => path.startsWith('/content') },
  { to: '/assets', label: 'Assets', icon: IconPhoto, matches: (path: string) => path.startsWith('/assets') },
  { to: '/explorer', label: 'API explorer', icon: IconCode, matches: (path: string) => path.startsWith('/explorer') },
  { to: '/profile', label: 'Profile', icon: IconUserCircle, matches: (path: string) => path.startsWith('/profile') },
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
          active={matches(pathname)}
          onClick={onNavigate}
        />
      ))}
    </Stack>
  );
}
