import { Badge, Tooltip } from '@mantine/core';

interface GeneratedBadgeProps {
  /** The brief version the item was written from. */
  briefVersion: number | null | undefined;
  /** The persona's brief version now; a newer one means the item predates the latest brief. */
  currentBriefVersion?: number;
  /** Whether someone has edited the item since it was generated. */
  untouched: boolean;
}

/** Marks content a generation run wrote, and from which version of the persona brief. */
export function GeneratedBadge({ briefVersion, currentBriefVersion, untouched }: GeneratedBadgeProps) {
  const outdated = briefVersion != null && currentBriefVersion != null && currentBriefVersion > briefVersion;
  const notes = [
    untouched ? 'Untouched: regenerating the plan replaces it.' : 'Edited since: regenerating the plan keeps it.',
    outdated && `The brief is at version ${currentBriefVersion} now.`,
  ].filter(Boolean);
  return (
    <Tooltip label={notes.join(' ')} multiline w={260} withArrow>
      <Badge variant="light" color={outdated ? 'yellow' : 'violet'} miw="max-content">
        {briefVersion == null
          ? 'Generated'
          : outdated
            ? `Written for brief v${briefVersion}, brief is v${currentBriefVersion}`
            : `Generated · brief v${briefVersion}`}
      </Badge>
    </Tooltip>
  );
}
