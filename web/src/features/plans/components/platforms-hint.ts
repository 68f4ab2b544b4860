import type { Platform } from '../../../gql/graphql';
import { platformLabels } from '../../../lib/platforms';

/** An empty plan platform list means "the persona's strategy platforms"; say which those are. */
export function platformsHint(personaPlatforms: readonly Platform[]): string {
  if (personaPlatforms.length === 0) return 'Leave empty to use the persona’s platforms (none set yet)';
  return `Leave empty to use the persona’s platforms: ${personaPlatforms.map((p) => platformLabels[p]).join(', ')}`;
}
