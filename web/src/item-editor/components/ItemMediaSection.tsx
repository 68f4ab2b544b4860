import { Alert, Button, FileButton, Fieldset, Group, List, Progress, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconLibraryPhoto, IconMovie, IconPhoto, IconUpload } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { MediaCarousel } from '../../components/ui/MediaCarousel';
import { MediaView } from '../../components/ui/MediaView';
import type { ContentFormat } from '../../gql/graphql';
import { describeActionError, describeError } from '../../lib/graphql-errors';
import { isStaleVersion } from '../../lib/lifecycle-errors';
import { FORMAT_LABELS } from '../../lib/media-format';
import { uploadMedia } from '../../lib/upload-media';
import { AssetUploadError } from '../../lib/upload-asset';
import { useItemMedia, type MediaChange } from '../hooks/useItemMedia';
import { useItemVideo } from '../hooks/useItemVideo';
import { usePlatformFormats } from '../hooks/usePlatformFormats';
import { MediaPicker } from './MediaPicker';
import { SortableMediaList, type MediaRow } from './SortableMediaList';

interface ItemMediaSectionProps {
  itemId: string;
  /** The stored version the form's edit is based on; media changes are saved against it. */
  expectedVersion: number;
  /** A change was saved; the form builds on the new version. */
  onSaved: (version: number) => void;
  /** The item changed elsewhere first; the form offers to reload it. */
  onStale: () => void;
}

/**
 * What the item is on its platform (feed post, carousel, Reel, Story) and its media in order:
 * added from the library or uploaded (videos in chunks, with progress), reordered by dragging,
 * each image with its alt text, a Reel with its cover. Each change is saved at once, checked by
 * the server against the platform's rules; what the format still lacks is listed.
 */
export function ItemMediaSection({ itemId, expectedVersion, onSaved, onStale }: ItemMediaSectionProps) {
  const { item, save, saving } = useItemMedia(itemId);
  const formats = usePlatformFormats(item?.platform ?? null);
  const [picking, setPicking] = useState<'media' | 'cover' | null>(null);
  const [upload, setUpload] = useState<{ name: string; fraction: number } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const video = useItemVideo(itemId);
  const madeVideo = video.run?.state === 'SUCCEEDED' ? (video.run.asset?.id ?? null) : null;
  // A finished video joins the media: the Reel or Story it makes, or the carousel's next slide.
  useEffect(() => {
    if (!madeVideo || !item) return;
    video.clear();
    const entry = { assetId: madeVideo, altText: '' };
    void apply(item.format === 'CAROUSEL' ? { media: [...listOf(item.media.map((media) => ({ assetId: media.asset.id, altText: media.altText }))), entry] } : { format: item.format === 'STORY' ? 'STORY' : 'REEL', media: [entry] });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per finished run
  }, [madeVideo]);
  if (!item) return null;
  const rows: MediaRow[] = item.media.map((entry) => ({ assetId: entry.asset.id, altText: entry.altText, asset: { ...entry.asset, altText: entry.altText } }));
  const rule = formats.find((entry) => entry.format === item.format);
  const busy = saving || upload !== null || video.working;

  async function apply(change: MediaChange) {
    setFailure(null);
    try {
      const saved = await save(change, expectedVersion);
      if (saved) onSaved(saved.version);
    } catch (error) {
      if (isStaleVersion(error)) onStale();
      else setFailure(describeActionError(error));
    }
  }
  const listOf = (entries: ReadonlyArray<{ assetId: string; altText: string }>) => entries.map(({ assetId, altText }) => ({ assetId, altText }));

  async function uploadFiles(files: File[]) {
    if (!files.length) return;
    setFailure(null);
    const added: string[] = [];
    let current = '';
    try {
      for (const file of files) {
        current = file.name;
        setUpload({ name: file.name, fraction: 0 });
        added.push((await uploadMedia(item!.persona.id, file, (fraction) => setUpload({ name: file.name, fraction }))).id);
      }
    } catch (error) {
      setFailure(error instanceof AssetUploadError ? `${current}: ${error.message}` : describeError(error).message);
    } finally {
      setUpload(null);
    }
    if (added.length) await apply({ media: [...listOf(rows), ...added.map((assetId) => ({ assetId, altText: '' }))] });
  }

  const mediaValues = rows.map((row) => row.asset);
  return (
    <Fieldset legend="Format and media">
      <Stack gap="sm">
        {formats.length > 1 && (
          <SegmentedControl
            aria-label="Format"
            value={item.format}
            disabled={busy}
            data={formats.map((entry) => ({ value: entry.format, label: FORMAT_LABELS[entry.format] }))}
            onChange={(format) => void apply({ format: format as ContentFormat })}
          />
        )}
        {rule && (
          <Text size="xs" c="dimmed">
            {describeRule(rule)}
          </Text>
        )}
        {rows.length > 0 && (
          <SortableMediaList
            rows={rows}
            disabled={busy}
            onReorder={(next) => void apply({ media: listOf(next) })}
            onAltText={(assetId, altText) => void apply({ media: listOf(rows.map((row) => (row.assetId === assetId ? { ...row, altText } : row))) })}
            onRemove={(assetId) => void apply({ media: listOf(rows.filter((row) => row.assetId !== assetId)) })}
          />
        )}
        {upload && (
          <Stack gap={2}>
            <Text size="xs">Uploading {upload.name}… {Math.round(upload.fraction * 100)}%</Text>
            <Progress value={upload.fraction * 100} size="sm" aria-label="Upload progress" />
          </Stack>
        )}
        <Group gap="xs">
          <Button variant="default" size="xs" leftSection={<IconLibraryPhoto size={14} />} disabled={busy} onClick={() => setPicking('media')}>
            Add from library
          </Button>
          {/* The server checks the bytes; the picker offers what it takes. */}
          <FileButton accept="image/jpeg,image/png,image/webp,video/mp4,video/quicktime,video/webm,video/x-matroska" multiple onChange={(files) => void uploadFiles(files)}>
            {(buttonProps) => (
              <Button {...buttonProps} variant="default" size="xs" leftSection={<IconUpload size={14} />} loading={upload !== null} disabled={busy && upload === null}>
                Upload media
              </Button>
            )}
          </FileButton>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconMovie size={14} />}
            loading={video.working}
            disabled={busy && !video.working}
            onClick={() => {
              setFailure(null);
              video.generate().catch((error: unknown) => setFailure(describeActionError(error)));
            }}
          >
            Generate video
          </Button>
          {item.format === 'REEL' && (
            <Button variant="default" size="xs" leftSection={<IconPhoto size={14} />} disabled={busy} onClick={() => setPicking('cover')}>
              {item.cover ? 'Change cover' : 'Choose cover'}
            </Button>
          )}
          {item.format === 'REEL' && item.cover && (
            <Button variant="subtle" color="red" size="xs" disabled={busy} onClick={() => void apply({ coverAssetId: null })}>
              Remove cover
            </Button>
          )}
        </Group>
        {item.format === 'REEL' && item.cover && (
          <Group gap="xs" align="center">
            <div style={{ width: 48, height: 64, overflow: 'hidden', borderRadius: 4 }}>
              <MediaView media={{ kind: 'IMAGE', url: item.cover.url, altText: 'Reel cover' }} />
            </div>
            <Text size="xs" c="dimmed">
              Cover
            </Text>
          </Group>
        )}
        {video.working && (
          <Group gap="xs" align="center">
            <Stack gap={2} style={{ flex: 1 }}>
              <Text size="xs">
                Making the video{video.run?.generator === 'OFFLINE' ? ' (offline: slides of the persona’s images)' : ''}… {video.run?.progress ?? 0}%
              </Text>
              <Progress value={video.run?.progress ?? 0} size="sm" aria-label="Video generation progress" />
            </Stack>
            <Button variant="subtle" color="red" size="xs" onClick={() => void video.cancel()}>
              Cancel
            </Button>
          </Group>
        )}
        {video.run?.state === 'FAILED' && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle />} title="The video could not be made" role="alert" withCloseButton onClose={video.clear}>
            {video.run.error}
          </Alert>
        )}
        {failure && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle />} title="Not saved" role="alert">
            {failure}
          </Alert>
        )}
        {item.mediaProblems.length > 0 && (
          <Alert color="yellow" variant="light" title={`Before this ${FORMAT_LABELS[item.format].toLowerCase()} can go out`} role="note">
            <List size="sm">
              {item.mediaProblems.map((problem) => (
                <List.Item key={problem}>{problem.replace(/^media: /, '')}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {item.format === 'CAROUSEL' && mediaValues.length > 1 && (
          <div style={{ maxWidth: 280 }}>
            <MediaCarousel media={mediaValues} aspectRatio={4 / 5} />
          </div>
        )}
      </Stack>
      <MediaPicker
        opened={picking !== null}
        personaId={item.persona.id}
        kinds={picking === 'cover' ? ['IMAGE'] : (rule?.kinds ?? ['IMAGE', 'VIDEO'])}
        exclude={picking === 'cover' ? [] : rows.map((row) => row.assetId)}
        multiple={picking === 'media'}
        title={picking === 'cover' ? 'Choose the Reel’s cover' : 'Add images and videos'}
        onClose={() => setPicking(null)}
        onChoose={(assetIds) => {
          const what = picking;
          setPicking(null);
          if (what === 'cover') void apply({ coverAssetId: assetIds[0] ?? null });
          else void apply({ media: [...listOf(rows), ...assetIds.map((assetId) => ({ assetId, altText: '' }))] });
        }}
      />
    </Fieldset>
  );
}

function describeRule(rule: { format: ContentFormat; minItems: number; maxItems: number; kinds: readonly string[]; minVideoSeconds?: number | null; maxVideoSeconds?: number | null }): string {
  const count = rule.minItems === rule.maxItems ? `${rule.minItems}` : `${rule.minItems} to ${rule.maxItems}`;
  const kinds = rule.kinds.map((kind) => kind.toLowerCase() + (rule.maxItems > 1 ? 's' : '')).join(' or ');
  const length = rule.kinds.includes('VIDEO') && rule.maxVideoSeconds ? `; videos ${rule.minVideoSeconds ?? 0} s to ${rule.maxVideoSeconds >= 120 ? `${rule.maxVideoSeconds / 60} min` : `${rule.maxVideoSeconds} s`}` : '';
  return `${FORMAT_LABELS[rule.format]}: ${count} ${kinds}${length}.`;
}
