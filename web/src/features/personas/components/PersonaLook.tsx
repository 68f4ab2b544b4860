import { Button, Image, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { ReferenceImagePicker } from './ReferenceImagePicker';

const personaLookFragment = graphql(`
  fragment PersonaLook_persona on Persona {
    id
    look
    imageThreshold
    referenceImages {
      id
      url
      width
      height
      prompt
    }
  }
`);

/** The persona's visual identity: its written look and the images its look is locked to. */
export function PersonaLook(props: { persona: FragmentType<typeof personaLookFragment> }) {
  const persona = getFragmentData(personaLookFragment, props.persona);
  const [picking, setPicking] = useState(false);
  const references = persona.referenceImages;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="persona-look-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="persona-look-heading">
          Look
        </Title>
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {persona.look || 'No written look yet: describe the face, hair, build and style in Edit persona.'}
        </Text>
        <Text size="sm" c="dimmed">
          {references.length
            ? `Locked to ${references.length} reference images: generated images are drawn from them, and every image is scored against them. Below ${persona.imageThreshold} an image needs a reason to reach Ready.`
            : 'Not locked. Choose 3 to 8 images of the persona (uploaded, generated or drawn from the look) to keep every image the same person.'}
        </Text>
        {references.length > 0 && (
          <SimpleGrid cols={{ base: 3, sm: 6, lg: 8 }} spacing="xs" aria-label="Reference images">
            {references.map((image, index) => (
              <Image key={image.id} src={image.url} alt={`Reference image ${index + 1}`} h={110} fit="cover" radius="sm" loading="lazy" />
            ))}
          </SimpleGrid>
        )}
        <div>
          <Button variant="light" leftSection={<IconLock size={16} />} onClick={() => setPicking(true)}>
            {references.length ? 'Change reference images…' : 'Lock the look…'}
          </Button>
        </div>
      </Stack>
      {picking && (
        <ReferenceImagePicker personaId={persona.id} opened current={references.map((image) => image.id)} onClose={() => setPicking(false)} />
      )}
    </Paper>
  );
}
