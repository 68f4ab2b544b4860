import { Anchor, Badge, Box, Button, Card, Group, Image, Progress, Stack, Text } from '@mantine/core';
import { MediaView } from '../../../components/ui/MediaView';
import { IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import { LikenessBadge } from '../../../components/ui/LikenessMeter';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';

const assetCardFragment = graphql(`
  fragment AssetCard_asset on Asset {
    id
    kind
    url
    posterUrl
    durationSeconds
    processing
    processingProgress
    processingError
    width
    height
    mimeType
    byteSize
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
    persona {
      id
      handle
    }
    usedBy {
      id
      title
      persona {
        id
      }
    }
  }
`);


export interface AssetToDelete {
  id: string;
  name: string;
  usedByCount: number;
}

const formatBytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;

/** One image of the library: its preview, where it came from, and the items that show it. */
interface AssetCardProps {
  asset: FragmentType<typeof assetCardFragment>;
  onDelete: (asset: AssetToDelete) => void;
}

export function AssetCard({ asset: assetRef, onDelete }: AssetCardProps) {
  const asset = getFragmentData(assetCardFragment, assetRef);
  const video = asset.kind === 'VIDEO';
  const name = asset.prompt || (video ? 'Uploaded video' : 'Uploaded image');
  const format = asset.mimeType.replace(/^(image|video)\//, '').replace('quicktime', 'mov').toUpperCase();
  return (
    <Card withBorder radius="md" padding="sm" component="article" aria-label={name}>
      <Card.Section>
        {video ? (
          <Box h={180}>
            <MediaView media={{ kind: 'VIDEO', url: asset.url, posterUrl: asset.posterUrl, durationSeconds: asset.durationSeconds, altText: name }} />
          </Box>
        ) : (
          <Image src={asset.url} alt={name} h={180} fit="cover" bg="var(--mantine-color-default-hover)" loading="lazy" />
        )}
      </Card.Section>
      {asset.processing === 'PROCESSING' && (
        <Stack gap={2} mt="xs">
          <Text size="xs">Converting for publishing… {asset.processingProgress}%</Text>
          <Progress value={asset.processingProgress} size="xs" aria-label={`Converting ${name}`} />
        </Stack>
      )}
      {asset.processing === 'FAILED' && (
        <Text size="xs" c="red" mt="xs">
          {asset.processingError ?? 'The video could not be converted.'}
        </Text>
      )}
      <Stack gap={6} mt="sm">
        <Group gap={6} justify="space-between" wrap="nowrap">
          <Badge variant="light" color={asset.source === 'GENERATED' ? 'violet' : 'gray'} miw="max-content">
            {asset.source === 'GENERATED' ? 'Generated' : 'Uploaded'}
          </Badge>
          <LikenessBadge likeness={asset.likeness} />
          <Text size="xs" c="dimmed" truncate>
            {asset.persona ? `@${asset.persona.handle}` : 'No persona'}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {[asset.width && asset.height ? `${asset.width}×${asset.height}` : null, format, formatBytes(asset.byteSize)]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {asset.prompt && (
          <Text size="xs" lineClamp={2} title={asset.prompt}>
            {asset.prompt}
          </Text>
        )}
        <Stack gap={2} aria-label="Used by">
          <Text size="xs" fw={600}>
            Used by
          </Text>
          {asset.usedBy.length === 0 ? (
            <Text size="xs" c="dimmed">
              No items yet
            </Text>
          ) : (
            asset.usedBy.map((item) => (
              <Anchor
                key={item.id}
                component={Link}
                to={`/personas/${item.persona.id}/board?item=${item.id}`}
                size="xs"
                truncate
              >
                {item.title || 'Untitled'}
              </Anchor>
            ))
          )}
        </Stack>
        <Group justify="flex-end">
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={14} />}
            aria-label={`Delete ${name}`}
            onClick={() => onDelete({ id: asset.id, name, usedByCount: asset.usedBy.length })}
          >
            Delete
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
