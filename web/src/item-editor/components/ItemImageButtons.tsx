import { Button, FileButton, Group } from '@mantine/core';
import { IconLibraryPhoto, IconPhotoOff, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { ItemImagePicker } from './ItemImagePicker';

interface ItemImageButtonsProps {
  personaId: string;
  /** The image the item shows now, or null. */
  currentAssetId: string | null;
  /** Some image or caption work is under way: the other buttons wait for it. */
  busy: boolean;
  attaching: boolean;
  uploading: boolean;
  /** Attaches one of the persona's images, or detaches the current one (null). */
  onChoose: (assetId: string | null) => void;
  onUpload: (file: File | null) => void;
}

/** Choose the item's image from the persona's library, upload a new one, or remove it. */
export function ItemImageButtons({ personaId, currentAssetId, busy, attaching, uploading, onChoose, onUpload }: ItemImageButtonsProps) {
  const [picking, setPicking] = useState(false);
  return (
    <Group gap="xs">
      <Button variant="default" size="xs" leftSection={<IconLibraryPhoto size={14} />} disabled={busy} onClick={() => setPicking(true)}>
        Choose from library
      </Button>
      {/* The server checks the bytes; the picker only offers the formats it takes. */}
      <FileButton accept="image/jpeg,image/png,image/webp" onChange={onUpload}>
        {(buttonProps) => (
          <Button
            {...buttonProps}
            variant="default"
            size="xs"
            leftSection={<IconUpload size={14} />}
            loading={uploading}
            disabled={busy && !uploading}
          >
            Upload image
          </Button>
        )}
      </FileButton>
      {currentAssetId && (
        <Button
          variant="subtle"
          color="red"
          size="xs"
          leftSection={<IconPhotoOff size={14} />}
          loading={attaching}
          disabled={busy && !attaching}
          onClick={() => onChoose(null)}
        >
          Remove image
        </Button>
      )}
      <ItemImagePicker
        opened={picking}
        personaId={personaId}
        currentAssetId={currentAssetId}
        onChoose={(assetId) => {
          setPicking(false);
          onChoose(assetId);
        }}
        onClose={() => setPicking(false)}
      />
    </Group>
  );
}
