import { Button, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { Link } from 'react-router';
import { FormErrorAlert } from '../../../components/ui/FormErrorAlert';
import { TimeZoneSelect } from '../../../components/ui/TimeZoneSelect';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import type { CreatePersonaInput } from '../../../gql/graphql';
import type { PlatformOption } from '../../../lib/platforms';
import { useUnsavedChanges } from '../../../lib/unsaved-changes';
import { useServerErrors } from '../../../lib/use-server-errors';
import { BriefFields } from './BriefFields';
import {
  emptyPersonaValues,
  formValuesToInput,
  personaFormSchema,
  personaToFormValues,
  type PersonaFormValues,
} from './persona-form-values';
import { PlatformStrategyFields } from './PlatformStrategyFields';

const personaFormFragment = graphql(`
  fragment PersonaForm_persona on Persona {
    id
    name
    handle
    niche
    voice
    style
    personality
    bio
    aesthetic
    timeZone
    platformStrategy {
      platforms
      postsPerWeek
      cadence
      goals
    }
    topics
    avoid
    examplePosts
    voiceThreshold
    look
    imageThreshold
    disclosureMode
    disclosureText
  }
`);

interface PersonaFormProps {
  /** The persona being edited; omitted when creating one. */
  persona?: FragmentType<typeof personaFormFragment>;
  defaultTimeZone: string;
  platformOptions: PlatformOption[];
  submitLabel: string;
  cancelTo: string;
  /** Rejects with the server's error, which the form shows under its inputs. */
  onSubmit: (input: CreatePersonaInput) => Promise<void>;
}

const disclosureModeOptions = [
  { value: 'AI_MEDIA', label: 'When the image is AI-made' },
  { value: 'ALWAYS', label: 'On every post' },
  { value: 'OFF', label: 'Never' },
];

const textareaRows = { autosize: true, minRows: 2, maxRows: 8 } as const;

export function PersonaForm({ persona, defaultTimeZone, platformOptions, submitLabel, cancelTo, onSubmit }: PersonaFormProps) {
  const existing = getFragmentData(personaFormFragment, persona);
  const serverErrors = useServerErrors();
  const form = useForm<PersonaFormValues>({
    initialValues: existing ? personaToFormValues(existing) : emptyPersonaValues(defaultTimeZone),
    validate: schemaResolver(personaFormSchema, { sync: true }),
  });

  const { whileSaving } = useUnsavedChanges(() => form.isDirty());

  const save = whileSaving(async (values: PersonaFormValues) => {
    serverErrors.clear();
    try {
      await onSubmit(formValuesToInput(values));
    } catch (error) {
      serverErrors.capture(form, error);
    }
  });
  const submit = form.onSubmit(save, serverErrors.focusFirstError);

  return (
    <form ref={serverErrors.formRef} onSubmit={submit} noValidate>
      <Stack gap="lg">
        <FormErrorAlert message={serverErrors.message} />
        <Fieldset legend="Identity">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Name" placeholder="Lena Fern" required {...form.getInputProps('name')} />
            <TextInput
              label="Handle"
              placeholder="lenafern"
              leftSection="@"
              required
              {...form.getInputProps('handle')}
            />
            <TextInput label="Niche" placeholder="Urban gardening" required {...form.getInputProps('niche')} />
            <TimeZoneSelect
              label="Time zone"
              description="Schedules are planned in this zone"
              allowDeselect={false}
              {...form.getInputProps('timeZone')}
            />
          </SimpleGrid>
          <Textarea label="Bio" mt="sm" {...textareaRows} {...form.getInputProps('bio')} />
        </Fieldset>
        <Fieldset legend="Voice and style">
          <NumberInput
            label="Voice threshold"
            description="Captions scoring below this (0 to 100) are flagged and need a reason to reach Ready; 0 turns the check off"
            min={0}
            max={100}
            step={5}
            allowDecimal={false}
            w={{ base: '100%', sm: 320 }}
            mb="sm"
            {...form.getInputProps('voiceThreshold')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Textarea
              label="Voice"
              description="Tone, vocabulary, rhythm"
              {...textareaRows}
              {...form.getInputProps('voice')}
            />
            <Textarea
              label="Style"
              description="Formats, pacing, visual language"
              {...textareaRows}
              {...form.getInputProps('style')}
            />
            <Textarea
              label="Personality"
              description="Traits that stay consistent across posts"
              {...textareaRows}
              {...form.getInputProps('personality')}
            />
            <Textarea
              label="Aesthetic"
              description="Palette, mood, photography style"
              {...textareaRows}
              {...form.getInputProps('aesthetic')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend="Look">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Textarea
              label="Look"
              description="Face, hair, build, style notes: what every image of the persona keeps"
              placeholder="Auburn hair in a bun, freckled fair skin, green eyes, linen shirt"
              {...textareaRows}
              {...form.getInputProps('look')}
            />
            <NumberInput
              label="Likeness threshold"
              description="Once the look is locked to reference images, images scoring below this (0 to 100) are flagged and need a reason to reach Ready"
              min={0}
              max={100}
              step={5}
              allowDecimal={false}
              {...form.getInputProps('imageThreshold')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend="AI disclosure">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Add the disclosure line"
              description="To the caption DoppelCart publishes; it counts toward the platform's caption limits"
              data={disclosureModeOptions}
              allowDeselect={false}
              {...form.getInputProps('disclosureMode')}
            />
            <TextInput
              label="Disclosure line"
              description="For example “Made with AI.” or #AIgenerated"
              {...form.getInputProps('disclosureText')}
            />
          </SimpleGrid>
        </Fieldset>
        <PlatformStrategyFields form={form} platformOptions={platformOptions} />
        <BriefFields form={form} />
        <Group justify="flex-end">
          <Button component={Link} to={cancelTo} variant="default">
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
