import { Image, Stack, Text } from '@mantine/core';

interface AssetImageValue {
  url: string;
  width?: number | null;
  height?: number | null;
  prompt?: string | null;
}

interface AssetImageProps {
  asset: AssetImageValue;
  /** Tallest the preview may be; wide images scale down to the container's width. */
  maxHeight?: number;
  /** Show the prompt a generated image was made from under it. */
  withPrompt?: boolean;
}

/** An asset's image from its signed URL, described by its prompt for screen readers. */
export function AssetImage({ asset, maxHeight = 320, withPrompt = false }: AssetImageProps) {
  return (
    <Stack gap={4}>
      <Image
        src={asset.url}
        alt={asset.prompt || 'Uploaded image'}
        // The intrinsic size reserves the space before the image arrives, so nothing jumps.
        width={asset.width ?? undefined}
        height={asset.height ?? undefined}
        fit="contain"
        radius="sm"
        mah={maxHeight}
        w="100%"
        h="auto"
        bg="var(--mantine-color-default-hover)"
        loading="lazy"
      />
      {withPrompt && asset.prompt && (
        <Text size="xs" c="dimmed" lineClamp={3} title={asset.prompt}>
          Prompt: {asset.prompt}
        </Text>
      )}
    </Stack>
  );
}
