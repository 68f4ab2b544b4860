import { Alert, Button, Checkbox, Group, Image, Modal, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconUserCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { describeError } from '../../../lib/graphql-errors';
import { useDrawPortrait, useReferenceCandidates, useSetReferenceImages } from '../hooks/useReferenceImages';

const MIN = 3;
const MAX = 8;

interface ReferenceImagePickerProps {
  personaId: string;
  opened: boolean;
  /** The references now, in order: the picker starts from them. */
  current: string[];
  onClose: () => void;
}

/**
 * Chooses the images the persona's look is locked to: 3 to 8 of its own, in the order ticked,
 * or none to unlock. A portrait drawn from the written look joins the list, ticked.
 */
export function ReferenceImagePicker({ personaId, opened, current, onClose }: ReferenceImagePickerProps) {
  const { images, loading, error } = useReferenceCandidates(personaId, opened);
  const { setReferences, saving } = useSetReferenceImages();
  const { drawPortrait, drawing } = useDrawPortrait();
  const [chosen, setChosen] = useState<string[]>(current);
  const [failure, setFailure] = useState<string | null>(null);

  const toggle = (id: string) => setChosen((ids) => (ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id]));
  const valid = chosen.length === 0 || (chosen.length >= MIN && chosen.length <= MAX);

  async function draw() {
    setFailure(null);
    try {
      const id = await drawPortrait(personaId);
      if (id) setChosen((ids) => (ids.length < MAX ? [...ids, id] : ids));
    } catch (caught) {
      setFailure(describeError(caught).message);
    }
  }

  async function save() {
    setFailure(null);
    try {
      await setReferences(personaId, chosen);
      onClose();
    } catch (caught) {
      setFailure(describeError(caught).message);
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title="Reference images" size="xl">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Tick {MIN} to {MAX} images of the persona, in the order you want them; image generation draws from them and every
          image is scored against them. Tick none to unlock the look.
        </Text>
        <Group justify="space-between">
          <Text size="sm" fw={600} aria-live="polite">
            {chosen.length} chosen
            {!valid && ` (choose ${MIN} to ${MAX}, or none)`}
          </Text>
          <Button variant="light" leftSection={<IconUserCircle size={16} />} loading={drawing} onClick={() => void draw()}>
            Draw a portrait from the look
          </Button>
        </Group>
        {(failure || error) && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle />} role="alert">
            {failure ?? describeError(error).message}
          </Alert>
        )}
        {!images && loading ? (
          <Skeleton height={200} />
        ) : images?.length === 0 ? (
          <Text size="sm">No images yet: draw a portrait, or upload photos in the asset library.</Text>
        ) : (
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" role="group" aria-label="The persona’s images">
            {images?.map((image) => {
              const position = chosen.indexOf(image.id);
              const name = image.prompt || 'Uploaded image';
              return (
                <Stack key={image.id} gap={4}>
                  <Image src={image.url} alt="" h={140} fit="cover" radius="sm" loading="lazy" />
                  <Checkbox
                    checked={position >= 0}
                    onChange={() => toggle(image.id)}
                    label={position >= 0 ? `Reference ${position + 1}` : 'Use as reference'}
                    aria-label={`${position >= 0 ? `Reference ${position + 1}` : 'Use as reference'}: ${name}`}
                    size="xs"
                  />
                </Stack>
              );
            })}
          </SimpleGrid>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button disabled={!valid} loading={saving} onClick={() => void save()}>
            {chosen.length ? 'Lock the look' : 'Unlock the look'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
