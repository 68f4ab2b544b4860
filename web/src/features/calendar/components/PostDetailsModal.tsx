import { Alert, Anchor, Button, Group, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { Permalink } from '../../../components/ui/Permalink';
import { PostStateBadge } from '../../../components/ui/PostStateBadge';
import { formatInstantPrecise } from '../../../lib/dates';
import { describeActionError } from '../../../lib/graphql-errors';
import { platformLabels } from '../../../lib/platforms';
import { useScheduleDialog } from '../../../lib/schedule-dialog';
import { useCancelScheduledPost } from '../hooks/useCancelScheduledPost';
import type { CalendarPost } from './calendar-events';
import { Fact } from '../../../components/ui/Fact';


interface PostDetailsModalProps {
  post: CalendarPost | null;
  onClose: () => void;
}

/** One post: where and when, how it went, and what can be done (retry a failure, cancel a pending post). */
export function PostDetailsModal({ post, onClose }: PostDetailsModalProps) {
  return (
    <Modal
      opened={post !== null}
      onClose={onClose}
      title={post ? post.item.title || 'Untitled' : ''}
      styles={{ title: { fontWeight: 600 } }}
      centered
    >
      {post && <PostDetails key={post.id} post={post} onClose={onClose} />}
    </Modal>
  );
}

function PostDetails({ post, onClose }: { post: CalendarPost; onClose: () => void }) {
  const { timeZone } = post.item.persona;
  const { openScheduleDialog } = useScheduleDialog();
  const { cancel, loading } = useCancelScheduledPost();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirmCancel() {
    setError(null);
    try {
      await cancel(post.id);
      setConfirming(false);
    } catch (caught) {
      setError(describeActionError(caught));
    }
  }

  return (
    <Stack gap="md">
      <Group gap="xs">
        <PostStateBadge state={post.state} />
        <Text size="sm" c="dimmed">
          {post.channel.accountName} · {platformLabels[post.channel.platform]}
        </Text>
      </Group>
      {post.lastError && (
        <Alert color="red" variant="light" title={post.state === 'FAILED' ? 'Publishing failed' : 'Last attempt failed'}>
          {post.lastError}
        </Alert>
      )}
      <SimpleGrid cols={2} spacing="sm">
        <Fact label="Persona">
          <Anchor component={Link} to={`/personas/${post.item.persona.id}`} size="sm">
            {post.item.persona.name} (@{post.item.persona.handle})
          </Anchor>
        </Fact>
        <Fact label="Attempts">{post.attempts}</Fact>
        <Fact label={`Due (${timeZone})`}>{formatInstantPrecise(post.runAt, timeZone)}</Fact>
        <Fact label={`Published (${timeZone})`}>{post.publishedAt ? formatInstantPrecise(post.publishedAt, timeZone) : '—'}</Fact>
      </SimpleGrid>
      <Group gap="md">
        {post.permalink && <Permalink href={post.permalink} />}
        <Anchor component={Link} to={`/personas/${post.item.persona.id}/board?item=${post.item.id}`} size="sm">
          Open the item
        </Anchor>
      </Group>
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
      {confirming ? (
        <Alert color="orange" variant="light" title="Cancel this post?">
          <Text size="sm" mb="sm">
            It will not be published, and its item goes back to Ready.
          </Text>
          <Group gap="xs">
            <Button size="xs" color="red" loading={loading} onClick={() => void confirmCancel()}>
              Cancel post
            </Button>
            <Button size="xs" variant="default" onClick={() => setConfirming(false)}>
              Keep it
            </Button>
          </Group>
        </Alert>
      ) : (
        <Group justify="flex-end" gap="xs">
          {post.state === 'FAILED' && (
            <Button
              onClick={() => {
                onClose();
                openScheduleDialog(post.item.id);
              }}
            >
              Retry…
            </Button>
          )}
          {post.state === 'PENDING' && (
            <Button variant="light" color="red" onClick={() => setConfirming(true)}>
              Cancel post…
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
