import { Alert, Button, Group, Modal, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { StatusBadge } from '../../../components/ui/StatusBadge';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import type { PersonaOutdatedItems_PersonaFragment } from '../../../gql/graphql';
import { formatInstant } from '../../../lib/dates';
import { describeError } from '../../../lib/graphql-errors';
import { notifications } from '../../../lib/notifications';
import { platformLabels } from '../../../lib/platforms';
import { useRewriteForBrief, type Rewrite } from '../hooks/useRewriteForBrief';

const personaOutdatedItemsFragment = graphql(`
  fragment PersonaOutdatedItems_persona on Persona {
    id
    timeZone
    briefVersion
    outdatedItems(first: 20) {
      id
      title
      caption
      platform
      status
      scheduledAt
      version
      briefVersion
    }
  }
`);

type OutdatedItem = PersonaOutdatedItems_PersonaFragment['outdatedItems'][number];

/**
 * Items still to be published that were written for an older brief, each with a rewrite in the
 * current voice: a proposal first, kept only if the person accepts it (possibly edited).
 */
export function PersonaOutdatedItems(props: { persona: FragmentType<typeof personaOutdatedItemsFragment> }) {
  const persona = getFragmentData(personaOutdatedItemsFragment, props.persona);
  const [rewriting, setRewriting] = useState<OutdatedItem | null>(null);
  if (persona.outdatedItems.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="outdated-items-heading">
      <Title order={2} size="h4" id="outdated-items-heading" mb={4}>
        Written for an older brief
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        The brief is at version {persona.briefVersion}; these items still to be published were written for an earlier one.
        A rewrite proposes a caption in the current voice; nothing changes until you keep it.
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="xs" aria-label="Items written for an older brief">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Title</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Scheduled ({persona.timeZone})</Table.Th>
              <Table.Th>Written for</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {persona.outdatedItems.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>{item.title || <Text c="dimmed">Untitled</Text>}</Table.Td>
                <Table.Td>
                  <StatusBadge status={item.status} />
                </Table.Td>
                <Table.Td>{item.scheduledAt ? formatInstant(item.scheduledAt, persona.timeZone) : '—'}</Table.Td>
                <Table.Td>
                  v{item.briefVersion}, brief is v{persona.briefVersion}
                </Table.Td>
                <Table.Td>
                  <Button size="xs" variant="light" leftSection={<IconRefresh size={14} />} onClick={() => setRewriting(item)}>
                    Rewrite
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal opened={rewriting !== null} onClose={() => setRewriting(null)} title="Rewrite for the current brief" size="lg">
        {rewriting && <RewriteProposal key={rewriting.id} item={rewriting} onDone={() => setRewriting(null)} />}
      </Modal>
    </Paper>
  );
}

function RewriteProposal({ item, onDone }: { item: OutdatedItem; onDone: () => void }) {
  const { proposeRewrite, keepRewrite, proposing, keeping } = useRewriteForBrief();
  const [rewrite, setRewrite] = useState<Rewrite | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function propose() {
    setFailure(null);
    try {
      setRewrite(await proposeRewrite(item.id));
    } catch (error) {
      setFailure(describeError(error).message);
    }
  }

  async function keep() {
    if (!rewrite) return;
    setFailure(null);
    try {
      await keepRewrite(item.id, item.version, rewrite);
      notifications.show({ color: 'green', message: `“${item.title || 'Untitled'}” now follows brief v${rewrite.briefVersion}.` });
      onDone();
    } catch (error) {
      setFailure(describeError(error).message);
    }
  }

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {platformLabels[item.platform]} · written for brief v{item.briefVersion}
      </Text>
      <Textarea label="Caption now" value={item.caption} readOnly autosize minRows={2} maxRows={8} />
      {rewrite ? (
        <Textarea
          label={`Proposed for brief v${rewrite.briefVersion}`}
          description="Not saved. Edit it if you like, then keep it or discard it."
          value={rewrite.caption}
          onChange={(event) => setRewrite({ ...rewrite, caption: event.currentTarget.value })}
          autosize
          minRows={3}
          maxRows={10}
        />
      ) : null}
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {rewrite ? 'Discard' : 'Cancel'}
        </Button>
        {rewrite ? (
          <Button onClick={() => void keep()} loading={keeping} disabled={rewrite.caption.trim() === ''}>
            Keep the rewrite
          </Button>
        ) : (
          <Button onClick={() => void propose()} loading={proposing}>
            Propose a rewrite
          </Button>
        )}
      </Group>
    </Stack>
  );
}
