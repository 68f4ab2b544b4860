import { Anchor } from '@mantine/core';
import { Link } from 'react-router';

/** A published post's link: one inside the app (the Sandbox feed) stays in the app, a platform's opens apart. */
export function Permalink({ href, label = 'View post' }: { href: string; label?: string }) {
  return href.startsWith('/') ? (
    <Anchor component={Link} to={href} size="sm">
      {label}
    </Anchor>
  ) : (
    <Anchor href={href} target="_blank" rel="noreferrer" size="sm">
      {label}
    </Anchor>
  );
}
