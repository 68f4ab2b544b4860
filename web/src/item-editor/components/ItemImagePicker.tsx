import { Anchor, Image, Modal, SimpleGrid, Skeleton, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import { QueryError } from '../../components/ui/QueryError';
import { usePersonaImages } from '../hooks/usePersonaImages';

interface ItemImagePickerProps {
  opened: boolean;
  personaId: string;
  /** The image the item shows now, marked in the grid. */
  currentAssetId: string | null;
  onChoose: (assetId: string) => void;
  onClose: () => void;
}

/** The persona's library as a grid of thumbnails; choosing one attaches it to the item. */
export function ItemImagePicker({ opened, personaId, currentAssetId, onChoose, onClose }: ItemImagePickerProps) {
  const { images, error, refetch } = usePersonaImages(personaId, opened);
  return (
    <Modal opened={opened} onClose={onClose} title="Choose an image" size="lg">
      {error && !images ? (
        <QueryError error={error} onRetry={() => void refetch()} title="Could not load the images" />
      ) : !images ? (
        <SimpleGrid cols={{ base: 2, sm: 3 }}>
          {[0, 1, 2].map((index) => (
            <Skeleton key={index} height={120} />
          ))}
        </SimpleGrid>
      ) : images.length === 0 ? (
        <Text size="sm">
          This persona has no images yet.{' '}
          <Anchor component={Link} to={`/assets?persona=${personaId}`}>
            Upload some in Assets
          </Anchor>
          .
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 2, sm: 3 }}>
          {images.map((image) => {
            const name = image.prompt || 'Uploaded image';
            const current = image.id === currentAssetId;
            return (
              <UnstyledButton
                key={image.id}
                aria-label={current ? `${name} (shown now)` : `Use ${name}`}
                aria-current={current || undefined}
                onClick={() => onChoose(image.id)}
                style={{
                  borderRadius: 'var(--mantine-radius-sm)',
                  outline: current ? '3px solid var(--mantine-color-grape-6)' : undefined,
                }}
              >
                <Image src={image.url} alt={name} h={120} fit="cover" radius="sm" bg="var(--mantine-color-default-hover)" />
              </UnstyledButton>
            );
          })}
        </SimpleGrid>
      )}
    </Modal>
  );
}
