import { ActionIcon, Button, Fieldset, Group, Input, SimpleGrid, Stack, TagsInput, Text, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { briefLimits, type PersonaFormValues } from './persona-form-values';

type PersonaForm = UseFormReturnType<PersonaFormValues>;

/** A list's own error, or the first error of one of its entries (`topics.3`). */
function listError(form: PersonaForm, field: 'topics' | 'avoid'): string | undefined {
  const own = form.errors[field];
  if (own) return String(own);
  const entry = Object.entries(form.errors).find(([path]) => path.startsWith(`${field}.`));
  return entry ? String(entry[1]) : undefined;
}

function ExamplePostsField({ form }: { form: PersonaForm }) {
  const posts = form.values.examplePosts;
  const full = posts.length >= briefLimits.examplePosts;
  return (
    <Input.Wrapper
      label="Example posts"
      description={`Posts in the persona’s voice that generation imitates (up to ${briefLimits.examplePosts})`}
      error={form.errors['examplePosts']}
    >
      <Stack gap="xs" mt={6}>
        {posts.length === 0 && (
          <Text size="sm" c="dimmed">
            No example posts yet.
          </Text>
        )}
        {posts.map((_, index) => (
          <Group key={form.key(`examplePosts.${index}`)} gap="xs" align="flex-start" wrap="nowrap">
            <Textarea
              aria-label={`Example post ${index + 1}`}
              placeholder="Paste a post that sounds exactly like this persona"
              autosize
              minRows={2}
              maxRows={8}
              style={{ flex: 1 }}
              {...form.getInputProps(`examplePosts.${index}`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={6}
              aria-label={`Remove example post ${index + 1}`}
              onClick={() => form.removeListItem('examplePosts', index)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            disabled={full}
            onClick={() => form.insertListItem('examplePosts', '')}
          >
            Add example post
          </Button>
          {full && (
            <Text size="xs" c="dimmed">
              That is the most a brief holds.
            </Text>
          )}
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}

/** What generation writes about and steers clear of; every change makes a new brief version. */
export function BriefFields({ form }: { form: PersonaForm }) {
  return (
    <Fieldset legend="Content brief">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TagsInput
            label="Topics"
            description="What the persona’s content should favour. Press Enter after each."
            placeholder="Balcony tomatoes"
            maxTags={briefLimits.topics}
            clearable
            {...form.getInputProps('topics')}
            error={listError(form, 'topics')}
          />
          <TagsInput
            label="Words and topics to avoid"
            description="Generation never uses these. Press Enter after each."
            placeholder="Pesticides"
            maxTags={briefLimits.avoid}
            clearable
            {...form.getInputProps('avoid')}
            error={listError(form, 'avoid')}
          />
        </SimpleGrid>
        <ExamplePostsField form={form} />
      </Stack>
    </Fieldset>
  );
}
