import { useFragment } from '@apollo/client/react';
import { Alert, Button, Fieldset, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconLibraryPhoto, IconPhoto, IconPhotoOff, IconWriting } from '@tabler/icons-react';
import { useState } from 'react';
import { AssetImage } from '../../../components/ui/AssetImage';
import { GeneratedBadge } from '../../../components/ui/GeneratedBadge';
import { GeneratorBadge, type GeneratorInfoValue } from '../../../components/ui/GeneratorBadge';
import { Hashtags } from '../../../components/ui/Hashtags';
import { graphql } from '../../../gql/gql';
import { describeError, generationFailureReason } from '../../../lib/graphql-errors';
import { isStaleVersion } from '../../../lib/lifecycle-errors';
import { useGenerateImage } from '../hooks/useGenerateImage';
import { useSetItemAsset } from '../hooks/useSetItemAsset';
import { useWriteCaption } from '../hooks/useWriteCaption';
import { ItemImagePicker } from './ItemImagePicker';

const itemGenerationFragment = graphql(`
  fragment ItemGeneration_item on ContentItem {
    id
    generated
    untouched
    briefVersion
    hashtags
    imagePrompt
    persona {
      id
      briefVersion
    }
    asset {
      id
      url
      width
      height
      mimeType
      source
      prompt
    }
  }
`);

interface ItemGenerationSectionProps {
  itemId: string;
  /** The stored version the form's edit is based on; generation saves against it too. */
  expectedVersion: number;
  generator: GeneratorInfoValue;
  /** The caption was written and saved; the form shows it and builds on the new version. */
  onCaptionWritten: (caption: string, version: number) => void;
  /** An image was generated, chosen or removed; the form builds on the new version. */
  onImageChanged: (version: number) => void;
  /** The item changed elsewhere first; the form offers to reload it. */
  onStale: () => void;
}

interface Failure {
  title: string;
  message: string;
}

/**
 * Caption and image for a saved item: generated, or the image chosen from the persona's library;
 * with what generation left on it (hashtags, image prompt). Reads the item live from the cache,
 * so a new image shows as soon as the server has attached it.
 */
export function ItemGenerationSection(props: ItemGenerationSectionProps) {
  const { itemId, expectedVersion, generator, onCaptionWritten, onImageChanged, onStale } = props;
  const live = useFragment({ fragment: itemGenerationFragment, from: { __typename: 'ContentItem', id: itemId } });
  const item = live.complete ? live.data : null;
  const { writeCaption, loading: writing } = useWriteCaption();
  const { generateImage, loading: imaging } = useGenerateImage();
  const { setItemAsset, loading: attaching } = useSetItemAsset();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [picking, setPicking] = useState(false);

  function fail(title: string, error: unknown) {
    if (isStaleVersion(error)) return onStale();
    const reason = generationFailureReason(error);
    const shownTitle = reason ? `${title} (${reason.toLowerCase().replace('_', ' ')})` : title;
    setFailure({ title: shownTitle, message: describeError(error).message });
  }

  async function write() {
    setFailure(null);
    try {
      const saved = await writeCaption(itemId, expectedVersion);
      if (saved) onCaptionWritten(saved.caption, saved.version);
    } catch (error) {
      fail('The caption could not be written', error);
    }
  }

  async function makeImage() {
    setFailure(null);
    try {
      const saved = await generateImage(itemId, expectedVersion);
      if (saved) onImageChanged(saved.version);
    } catch (error) {
      fail('The image could not be generated', error);
    }
  }

  async function changeImage(assetId: string | null) {
    setPicking(false);
    setFailure(null);
    try {
      const saved = await setItemAsset(itemId, expectedVersion, assetId);
      if (saved) onImageChanged(saved.version);
    } catch (error) {
      fail('The image could not be changed', error);
    }
  }

  const asset = item?.asset;
  const busy = writing || imaging || attaching;
  return (
    <Fieldset legend="Caption and image">
      <Stack gap="sm">
        <Group gap="xs">
          <GeneratorBadge generator={generator} />
          {item?.generated && (
            <GeneratedBadge
              briefVersion={item.briefVersion}
              currentBriefVersion={item.persona.briefVersion}
              untouched={item.untouched}
            />
          )}
        </Group>
        <Group gap="xs">
          <Button
            variant="light"
            leftSection={<IconWriting size={16} />}
            loading={writing}
            disabled={busy && !writing}
            onClick={() => void write()}
          >
            Write caption
          </Button>
          <Button
            variant="light"
            leftSection={<IconPhoto size={16} />}
            loading={imaging}
            disabled={busy && !imaging}
            onClick={() => void makeImage()}
          >
            {asset ? 'Generate new image' : 'Generate image'}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          Both are saved to the item at once, in the persona’s voice and style.
        </Text>
        {failure && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle />} title={failure.title} role="alert">
            {failure.message}
          </Alert>
        )}
        {item && <Hashtags tags={item.hashtags} />}
        {item?.imagePrompt && (
          <Text size="xs">
            <Text span fw={600} size="xs">
              Image prompt:
            </Text>{' '}
            {item.imagePrompt}
          </Text>
        )}
        {imaging ? (
          <Skeleton height={200} aria-label="Generating the image" />
        ) : (
          asset && <AssetImage asset={asset} maxHeight={260} withPrompt />
        )}
        {item && (
          <Group gap="xs">
            <Button
              variant="default"
              size="xs"
              leftSection={<IconLibraryPhoto size={14} />}
              disabled={busy}
              onClick={() => setPicking(true)}
            >
              Choose from library
            </Button>
            {asset && (
              <Button
                variant="subtle"
                color="red"
                size="xs"
                leftSection={<IconPhotoOff size={14} />}
                loading={attaching}
                disabled={busy && !attaching}
                onClick={() => void changeImage(null)}
              >
                Remove image
              </Button>
            )}
            <ItemImagePicker
              opened={picking}
              personaId={item.persona.id}
              currentAssetId={asset?.id ?? null}
              onChoose={(assetId) => void changeImage(assetId)}
              onClose={() => setPicking(false)}
            />
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}
