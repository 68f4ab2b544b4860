import { Anchor, Box, Button, Checkbox, Group, Modal, SimpleGrid, Skeleton, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { MediaView } from '../../components/ui/MediaView';
import { QueryError } from '../../components/ui/QueryError';
import { usePersonaImages } from '../hooks/usePersonaImages';

interface MediaPickerProps {
  opened: boolean;
  personaId: string;
  /** Which kinds may be chosen (a Reel's cover: images only). */
  kinds: ReadonlyArray<'IMAGE' | 'VIDEO'>;
  /** Media the item has already, left out. */
  exclude: readonly string[];
  /** One pick (a cover) or several, in the order they were ticked. */
  multiple: boolean;
  title: string;
  onChoose: (assetIds: string[]) => void;
  onClose: () => void;
}

/** The persona's images and videos as a grid: tick several to add them in that order, or pick one. */
export function MediaPicker({ opened, personaId, kinds, exclude, multiple, title, onChoose, onClose }: MediaPickerProps) {
  const { media, error, refetch } = usePersonaImages(personaId, opened);
  const [ticked, setTicked] = useState<string[]>([]);
  const shown = media?.filter((asset) => kinds.includes(asset.kind) && !exclude.includes(asset.id)) ?? null;
  const close = () => {
    setTicked([]);
    onClose();
  };
  const toggle = (id: string) => {
    if (!multiple) {
      setTicked([]);
      onChoose([id]);
      return;
    }
    setTicked((current) => (current.includes(id) ? current.filter((entry) => entry !== id) : [...current, id]));
  };
  return (
    <Modal opened={opened} onClose={close} title={title} size="lg">
      {error && !shown ? (
        <QueryError error={error} onRetry={() => void refetch()} title="Could not load the library" />
      ) : !shown ? (
        <SimpleGrid cols={{ base: 2, sm: 3 }}>
          {[0, 1, 2].map((index) => (
            <Skeleton key={index} height={120} />
          ))}
        </SimpleGrid>
      ) : shown.length === 0 ? (
        <Text size="sm">
          Nothing more to add here.{' '}
          <Anchor component={Link} to={`/assets?persona=${personaId}`}>
            Upload images and videos in Assets
          </Anchor>
          , or with the upload button.
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 2, sm: 3 }}>
          {shown.map((asset) => {
            const name = asset.prompt || (asset.kind === 'VIDEO' ? 'Video' : 'Image');
            const order = ticked.indexOf(asset.id);
            return (
              <UnstyledButton
                key={asset.id}
                aria-label={multiple ? `${order >= 0 ? 'Untick' : 'Tick'} ${name}` : `Use ${name}`}
                aria-pressed={multiple ? order >= 0 : undefined}
                onClick={() => toggle(asset.id)}
                style={{ borderRadius: 'var(--mantine-radius-sm)', outline: order >= 0 ? '3px solid var(--mantine-color-grape-6)' : undefined, position: 'relative' }}
              >
                <Box h={120} style={{ overflow: 'hidden', borderRadius: 'var(--mantine-radius-sm)' }}>
                  <MediaView media={{ kind: asset.kind, url: asset.url, posterUrl: asset.posterUrl, durationSeconds: asset.durationSeconds, altText: name }} />
                </Box>
                {multiple && <Checkbox readOnly checked={order >= 0} label={order >= 0 ? `${order + 1}` : undefined} pos="absolute" top={6} left={6} tabIndex={-1} aria-hidden />}
              </UnstyledButton>
            );
          })}
        </SimpleGrid>
      )}
      {multiple && (
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button
            disabled={!ticked.length}
            onClick={() => {
              const chosen = ticked;
              setTicked([]);
              onChoose(chosen);
            }}
          >
            {ticked.length ? `Add ${ticked.length}` : 'Add'}
          </Button>
        </Group>
      )}
    </Modal>
  );
}
