import { Alert, Group, List, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { IconPhoto, IconUpload, IconX } from '@tabler/icons-react';
import { useUploadAssets } from '../hooks/useUploadAssets';

// What the file picker offers; the server still checks every file's bytes, which is what counts.
const pickerTypes = ['image/jpeg', 'image/png', 'image/webp', 'video/mp4', 'video/quicktime', 'video/webm', 'video/x-matroska'];

interface AssetUploadZoneProps {
  /** The persona uploads belong to; none chosen means no uploads yet. */
  persona: { id: string; name: string } | null;
}

// Where the images came from, as IPTC digital source types: written into each file, and what
// platforms read to label AI media.
const sourceOptions = [
  { value: 'digitalCapture', label: 'A photo or video taken with a camera' },
  { value: 'trainedAlgorithmicMedia', label: 'Made by an AI model' },
  { value: 'compositeWithTrainedAlgorithmicMedia', label: 'A photo edited or extended with AI' },
  { value: 'digitalCreation', label: 'Made by hand in software (illustration, design)' },
];

const pickerRefusal = ({ file }: FileRejection) => ({ name: file.name, message: 'Not a JPEG, PNG or WebP image, nor an MP4, MOV, WebM or MKV video.' });

/** Drop images (or pick them) to add them to a persona's library; each refusal names its file. */
export function AssetUploadZone({ persona }: AssetUploadZoneProps) {
  const { upload, uploading, rejected, rejectBeforeUpload } = useUploadAssets();
  const [source, setSource] = useState<string | null>(null);

  return (
    <Stack gap="xs">
      <Select
        label="Where are these images from?"
        description="Written into each file; platforms read it to label AI-made media."
        placeholder="Not declared"
        data={sourceOptions}
        value={source}
        onChange={setSource}
        clearable
        maw={420}
      />
      <Dropzone
        onDrop={(files) => persona && void upload(persona.id, files, source)}
        onReject={(refusals) => rejectBeforeUpload(refusals.map(pickerRefusal))}
        accept={pickerTypes}
        disabled={!persona}
        loading={uploading}
        inputProps={{ 'aria-label': 'Upload images and videos' }}
        // Videos go up in chunks, so the zone takes files past the image cap; the server says the video cap.
        maxSize={2 * 1024 * 1024 * 1024}
        // The zone opens the file picker on click, Enter or Space: a button to assistive technology.
        role="button"
        aria-disabled={!persona}
        aria-label={persona ? `Upload images for ${persona.name}` : 'Choose a persona to upload images'}
        style={persona ? undefined : { cursor: 'not-allowed', opacity: 0.6 }}
      >
        <Group justify="center" gap="lg" mih={110} style={{ pointerEvents: 'none' }}>
          <Dropzone.Accept>
            <IconUpload size={40} stroke={1.5} color="var(--mantine-color-grape-6)" />
          </Dropzone.Accept>
          <Dropzone.Reject>
            <IconX size={40} stroke={1.5} color="var(--mantine-color-red-6)" />
          </Dropzone.Reject>
          <Dropzone.Idle>
            <IconPhoto size={40} stroke={1.5} color="var(--mantine-color-dimmed)" />
          </Dropzone.Idle>
          <div>
            <Text size="lg">{persona ? 'Drag images or videos here or click to choose' : 'Choose a persona to upload images and videos'}</Text>
            <Text size="sm" c="dimmed">
              {persona
                ? `JPEG, PNG or WebP images up to 15 MB, or MP4, MOV, WebM or MKV videos, for ${persona.name}. Image metadata is removed on upload, except where the image came from; videos are converted for publishing when they need it.`
                : 'Uploaded images belong to one persona; pick it in the filter above.'}
            </Text>
          </div>
        </Group>
      </Dropzone>
      {rejected.length > 0 && (
        <Alert color="red" variant="light" title="Some files were not uploaded" role="alert">
          <List size="sm" spacing={2}>
            {rejected.map((file, index) => (
              <List.Item key={`${file.name}-${index}`}>
                <Text span fw={600} size="sm">
                  {file.name}:
                </Text>{' '}
                {file.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
