import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Checkbox, Grid, Group, Select, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { ConfirmDialog } from '../../../components/ui/ConfirmDialog';
import { PageLoader } from '../../../components/ui/PageLoader';
import { QueryError } from '../../../components/ui/QueryError';
import { graphql } from '../../../gql/gql';
import { formatRelative } from '../../../lib/dates';
import { describeError } from '../../../lib/graphql-errors';
import { notifications } from '../../../lib/notifications';
import { useRestoreBriefVersion } from '../hooks/useRestoreBriefVersion';
import { briefFieldLabels, briefFieldOrder } from './brief-field-labels';
import { briefFieldText } from './brief-text';
import { BriefFieldDiff } from './BriefFieldDiff';

const personaBriefHistoryQuery = graphql(`
  query PersonaBriefHistory($id: ID!) {
    persona(id: $id) {
      id
      briefVersion
      briefVersions(first: 100) {
        version
        changedFields
        restoredFrom
        createdAt
        changedBy {
          kind
          name
        }
        brief {
          name
          handle
          niche
          voice
          style
          personality
          bio
          aesthetic
          platformStrategy {
            platforms
            postsPerWeek
            cadence
            goals
          }
          topics
          avoid
          examplePosts
          look
        }
      }
    }
  }
`);

/**
 * The persona bible's history: every kept brief version, what each changed and who changed it;
 * any two side by side with the words that went and came marked; an old version restored as a
 * new one.
 */
export function BriefHistory({ personaId }: { personaId: string }) {
  // Edits elsewhere (the persona form) add versions: a cached history is shown and checked.
  const { data, error, refetch } = useQuery(personaBriefHistoryQuery, { variables: { id: personaId }, fetchPolicy: 'cache-and-network' });
  const [picked, setPicked] = useState<number | null>(null);
  const [base, setBase] = useState<number | null>(null);
  const [showUnchanged, setShowUnchanged] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [restoreError, setRestoreError] = useState<string | null>(null);
  const { restore, restoring } = useRestoreBriefVersion();

  const versions = useMemo(() => data?.persona?.briefVersions ?? [], [data]);
  const current = data?.persona?.briefVersion ?? null;
  const selected = versions.find((entry) => entry.version === picked) ?? versions[0];
  // By default a version is compared with the one before it (the first with itself: all new).
  const compared =
    versions.find((entry) => entry.version === base) ?? versions.find((entry) => selected && entry.version < selected.version) ?? selected;

  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader rows={3} />;
  if (!data.persona || !selected || !compared) return <Text c="dimmed">No brief versions are kept for this persona.</Text>;

  const fields = briefFieldOrder.filter(
    (field) => showUnchanged || briefFieldText(compared.brief, field) !== briefFieldText(selected.brief, field),
  );
  const older = `v${compared.version}`;
  const newer = `v${selected.version}`;

  async function confirmRestore() {
    if (!selected) return;
    setRestoreError(null);
    try {
      const made = await restore(personaId, selected.version);
      setConfirming(false);
      setPicked(made);
      setBase(null);
      notifications.show({ color: 'green', message: `Brief v${selected.version} is current again, as v${made ?? '?'}.` });
    } catch (failure) {
      setRestoreError(describeError(failure).message);
    }
  }

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <Stack gap={4} role="list" aria-label="Brief versions">
          {versions.map((entry) => (
            <UnstyledButton
              key={entry.version}
              role="listitem"
              aria-current={entry.version === selected.version ? 'true' : undefined}
              onClick={() => {
                setPicked(entry.version);
                setBase(null);
              }}
              p="xs"
              style={{
                borderRadius: 'var(--mantine-radius-sm)',
                background: entry.version === selected.version ? 'var(--mantine-color-grape-light)' : undefined,
              }}
            >
              <Group gap={6}>
                <Text fw={600} size="sm">
                  v{entry.version}
                </Text>
                {entry.version === current && (
                  <Badge size="xs" color="grape">
                    current
                  </Badge>
                )}
                {entry.restoredFrom != null && (
                  <Badge size="xs" variant="outline">
                    restored v{entry.restoredFrom}
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {formatRelative(entry.createdAt)}
                {entry.changedBy ? ` · ${entry.changedBy.name}` : ''}
              </Text>
              <Text size="xs" lineClamp={2}>
                {entry.version === versions.at(-1)?.version && entry.restoredFrom == null
                  ? 'First kept version'
                  : entry.changedFields.map((field) => briefFieldLabels[field]).join(', ') || 'No brief field changed'}
              </Text>
            </UnstyledButton>
          ))}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 8 }}>
        <Stack gap="md">
          <Group justify="space-between" align="flex-end">
            <Select
              label={`Compare ${newer} with`}
              data={versions.map((entry) => ({ value: String(entry.version), label: `v${entry.version}` }))}
              value={String(compared.version)}
              onChange={(value) => setBase(value === null ? null : Number(value))}
              allowDeselect={false}
              w={140}
            />
            <Button
              leftSection={<IconRestore size={16} />}
              variant="light"
              disabled={selected.version === current}
              onClick={() => setConfirming(true)}
            >
              Restore {newer}
            </Button>
          </Group>
          <Checkbox label="Show unchanged fields" checked={showUnchanged} onChange={(event) => setShowUnchanged(event.currentTarget.checked)} />
          {fields.length === 0 ? (
            <Alert color="gray">
              {older} and {newer} say the same.
            </Alert>
          ) : (
            <Stack gap="md" aria-label={`Changes from ${older} to ${newer}`}>
              <Group grow>
                <Text size="xs" c="dimmed">
                  {older}
                </Text>
                <Text size="xs" c="dimmed">
                  {newer}
                </Text>
              </Group>
              {fields.map((field) => (
                <BriefFieldDiff
                  key={field}
                  label={briefFieldLabels[field]}
                  before={briefFieldText(compared.brief, field)}
                  after={briefFieldText(selected.brief, field)}
                  beforeLabel={older}
                  afterLabel={newer}
                />
              ))}
            </Stack>
          )}
        </Stack>
      </Grid.Col>
      <ConfirmDialog
        opened={confirming}
        title={`Restore brief ${newer}?`}
        message={`The brief becomes what ${newer} said, as a new version; the versions in between stay in the history. Items written for earlier versions will be listed as outdated.`}
        confirmLabel={`Restore ${newer}`}
        loading={restoring}
        error={restoreError}
        onConfirm={() => void confirmRestore()}
        onClose={() => setConfirming(false)}
      />
    </Grid>
  );
}
