import { useFragment } from '@apollo/client/react';
import { Alert, Button, Fieldset, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconPhoto, IconWriting } from '@tabler/icons-react';
import { useState } from 'react';
import { AssetImage } from '../../components/ui/AssetImage';
import { GeneratedBadge } from '../../components/ui/GeneratedBadge';
import { GeneratorBadge, type GeneratorInfoValue } from '../../components/ui/GeneratorBadge';
import { LikenessMeter } from '../../components/ui/LikenessMeter';
import { graphql } from '../../gql/gql';
import { describeError, generationFailureReason } from '../../lib/graphql-errors';
import { isStaleVersion } from '../../lib/lifecycle-errors';
import { AssetUploadError } from '../../lib/upload-asset';
import { useGenerateImage } from '../hooks/useGenerateImage';
import { useSetItemAsset } from '../hooks/useSetItemAsset';
import { useProposeCaption } from '../hooks/useProposeCaption';
import { useUploadItemImage } from '../hooks/useUploadItemImage';
import { ItemImageButtons } from './ItemImageButtons';

const itemGenerationFragment = graphql(`
  fragment ItemGeneration_item on ContentItem {
    id
    generated
    untouched
    briefVersion
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
      likeness {
        score
        threshold
        flagged
        reasons {
          kind
          message
        }
      }
    }
  }
`);

interface ItemGenerationSectionProps {
  itemId: string;
  /** The stored version the form's edit is based on; images are saved against it too. */
  expectedVersion: number;
  /** The caption as the form holds it, saved or not: a written caption starts from it. */
  draft: string;
  generator: GeneratorInfoValue;
  /** A caption was written; the form shows it as a proposal beside the field, unsaved. */
  onCaptionProposed: (caption: string) => void;
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
 * Caption and image for a saved item: a caption proposed from the draft, an image generated,
 * chosen from the persona's library or uploaded into it; with the image prompt generation left on it. Reads the
 * item live from the cache, so a new image shows as soon as the server has attached it.
 */
export function ItemGenerationSection(props: ItemGenerationSectionProps) {
  const { itemId, expectedVersion, draft, generator, onCaptionProposed, onImageChanged, onStale } = props;
  const live = useFragment({ fragment: itemGenerationFragment, from: { __typename: 'ContentItem', id: itemId } });
  const item = live.complete ? live.data : null;
  const { proposeCaption, loading: writing } = useProposeCaption();
  const { generateImage, loading: imaging } = useGenerateImage();
  const { setItemAsset, loading: attaching } = useSetItemAsset();
  const { uploadItemImage, uploading } = useUploadItemImage();
  const [failure, setFailure] = useState<Failure | null>(null);

  function fail(title: string, error: unknown) {
    if (isStaleVersion(error)) return onStale();
    if (error instanceof AssetUploadError) return setFailure({ title, message: error.message });
    const reason = generationFailureReason(error);
    const shownTitle = reason ? `${title} (${reason.toLowerCase().replace('_', ' ')})` : title;
    setFailure({ title: shownTitle, message: describeError(error).message });
  }

  async function write() {
    setFailure(null);
    try {
      const proposal = await proposeCaption(itemId, draft);
      if (proposal !== null) onCaptionProposed(proposal);
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
    setFailure(null);
    try {
      const saved = await setItemAsset(itemId, expectedVersion, assetId);
      if (saved) onImageChanged(saved.version);
    } catch (error) {
      fail('The image could not be changed', error);
    }
  }

  async function uploadImage(file: File | null) {
    if (!file || !item) return;
    setFailure(null);
    try {
      const saved = await uploadItemImage({ id: itemId, personaId: item.persona.id }, expectedVersion, file);
      if (saved) onImageChanged(saved.version);
    } catch (error) {
      fail('The image could not be uploaded', error);
    }
  }

  const asset = item?.asset;
  const busy = writing || imaging || attaching || uploading;
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
          In the persona’s voice and style. A written caption starts from what the caption field holds (or
          the title) and waits beside it for you to accept, edit or discard; nothing is saved until you save.
          An image you generate, choose or upload is saved to the item at once.
        </Text>
        {failure && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle />} title={failure.title} role="alert">
            {failure.message}
          </Alert>
        )}
        {item?.imagePrompt && (
          <Text size="xs">
            <Text span fw={600} size="xs">
              Image prompt:
            </Text>{' '}
            {item.imagePrompt}
          </Text>
        )}
        {imaging || uploading ? (
          <Skeleton height={200} aria-label={imaging ? 'Generating the image' : 'Uploading the image'} />
        ) : (
          asset && (
            <>
              <AssetImage asset={asset} maxHeight={260} withPrompt />
              <LikenessMeter likeness={asset.likeness} />
            </>
          )
        )}
        {item && (
          <ItemImageButtons
            personaId={item.persona.id}
            currentAssetId={asset?.id ?? null}
            busy={busy}
            attaching={attaching}
            uploading={uploading}
            onChoose={(assetId) => void changeImage(assetId)}
            onUpload={(file) => void uploadImage(file)}
          />
        )}
      </Stack>
    </Fieldset>
  );
}
