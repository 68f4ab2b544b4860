import { NavLink, Stack } from '@mantine/core';
import {
  IconCalendarEvent,
  IconChartLine,
  IconCode,
  IconGauge,
  IconLayoutGrid,
  IconLayoutKanban,
  IconLayoutList,
  IconNews,
  IconPhoto,
  IconPlugConnected,
  IconTimeline,
  IconTrash,
  IconUser,
  IconUserCircle,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';

interface NavEntry {
  to: string;
  label: string;
  icon: Icon;
  matches: (path: string) => boolean;
}

// A persona's own pages (`/personas/<id>/…`, not `/personas/new`) get their links under Personas.
function currentPersonaId(path: string): string | null {
  const id = /^\/personas\/([^/]+)/.exec(path)?.[1];
  return id && id !== 'new' ? id : null;
}

const topLinks: NavEntry[] = [
  { to: '/dashboard', label: 'Dashboard', icon: IconGauge, matches: (path) => path.startsWith('/dashboard') },
  {
    to: '/personas',
    label: 'Personas',
    icon: IconUsers,
    matches: (path) => path === '/personas' || path === '/personas/new' || path.startsWith('/plans'),
  },
];

const bottomLinks: NavEntry[] = [
  { to: '/board', label: 'Board', icon: IconLayoutKanban, matches: (path) => path === '/board' },
  { to: '/calendar', label: 'Calendar', icon: IconCalendarEvent, matches: (path) => path === '/calendar' },
  { to: '/content', label: 'Content', icon: IconLayoutList, matches: (path) => path.startsWith('/content') },
  { to: '/assets', label: 'Assets', icon: IconPhoto, matches: (path) => path.startsWith('/assets') },
  { to: '/trash', label: 'Trash', icon: IconTrash, matches: (path) => path.startsWith('/trash') },
  { to: '/explorer', label: 'API explorer', icon: IconCode, matches: (path) => path.startsWith('/explorer') },
  { to: '/profile', label: 'Profile', icon: IconUserCircle, matches: (path) => path.startsWith('/profile') },
];

function personaLinks(personaId: string): NavEntry[] {
  const base = `/personas/${personaId}`;
  const page = (suffix: string) => (path: string) => path === `${base}/${suffix}`;
  return [
    {
      to: base,
      label: 'Overview',
      icon: IconUser,
      matches: (path) => path === base || path === `${base}/edit` || path.startsWith(`${base}/plans`),
    },
    { to: `${base}/board`, label: 'Persona board', icon: IconLayoutKanban, matches: page('board') },
    { to: `${base}/calendar`, label: 'Persona calendar', icon: IconCalendarEvent, matches: page('calendar') },
    { to: `${base}/grid`, label: 'Instagram grid', icon: IconLayoutGrid, matches: page('grid') },
    { to: `${base}/timeline`, label: 'Timeline', icon: IconTimeline, matches: page('timeline') },
    { to: `${base}/analytics`, label: 'Analytics', icon: IconChartLine, matches: page('analytics') },
    { to: `${base}/channels`, label: 'Channels', icon: IconPlugConnected, matches: page('channels') },
    { to: `${base}/sandbox`, label: 'Sandbox feed', icon: IconNews, matches: page('sandbox') },
  ];
}

export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const { pathname } = useLocation();
  const personaId = currentPersonaId(pathname);
  const entry = ({ to, label, icon: EntryIcon, matches }: NavEntry, nested = false) => (
    <NavLink
      key={to}
      component={Link}
      to={to}
      label={label}
      leftSection={<EntryIcon size={nested ? 16 : 18} stroke={1.6} />}
      active={matches(pathname)}
      onClick={onNavigate}
      pl={nested ? 'xl' : undefined}
    />
  );

  return (
    <Stack gap={4} component="nav" aria-label="Main">
      {topLinks.map((link) => entry(link))}
      {personaId && (
        <Stack gap={2} role="group" aria-label="This persona">
          {personaLinks(personaId).map((link) => entry(link, true))}
        </Stack>
      )}
      {bottomLinks.map((link) => entry(link))}
    </Stack>
  );
}
