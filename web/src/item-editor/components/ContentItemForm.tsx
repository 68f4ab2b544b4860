import { Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '../../lib/notifications';
import { useEffect, useState } from 'react';
import { FormErrorAlert } from '../../components/ui/FormErrorAlert';
import type { GeneratorInfoValue } from '../../components/ui/GeneratorBadge';
import { StaleVersionAlert } from '../../components/ui/StaleVersionAlert';
import { getFragmentData, type FragmentType } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { isStaleVersion } from '../../lib/lifecycle-errors';
import { browserTimeZone } from '../../lib/time-zones';
import type { PlatformOption } from '../../lib/platforms';
import { useScheduleDialog } from '../../lib/schedule-dialog';
import { useUnsavedChanges } from '../../lib/unsaved-changes';
import { useServerErrors } from '../../lib/use-server-errors';
import { useCaptionEditing } from '../hooks/useCaptionEditing';
import { useVoiceCheck } from '../hooks/useVoiceCheck';
import { useCreateContentItem } from '../hooks/useCreateContentItem';
import { characterCount } from '../../lib/characters';
import { useEditBase } from '../hooks/useEditBase';
import { usePlanOptions } from '../hooks/usePlanOptions';
import { useReloadContentItem } from '../hooks/useReloadContentItem';
import { useUpdateContentItem } from '../hooks/useUpdateContentItem';
import {
  captionLimitOf,
  contentItemFormSchema,
  emptyItemValues,
  formValuesToItemFields,
  itemToFormValues,
  statusChoices,
  type ContentItemFormValues,
} from './content-item-form-values';
import { CaptionAssist } from './CaptionAssist';
import { VoiceMeter } from './VoiceMeter';
import { ContentItemFormActions } from './ContentItemFormActions';
import { ItemGenerationSection } from './ItemGenerationSection';
import { ItemMediaSection } from './ItemMediaSection';
import { personaSelectData, type PersonaOption } from './persona-option';

const contentItemFormItemFragment = graphql(`
  fragment ContentItemForm_item on ContentItem {
    id
    title
    caption
    platform
    status
    scheduledAt
    version
    persona {
      id
      timeZone
    }
    plan {
      id
    }
  }
`);

export type ContentItemFormItem = FragmentType<typeof contentItemFormItemFragment>;

/**
 * Where the form sits. In a dialog it edits the whole item and is done once saved. In the board's
 * drawer it sits above the item's moves, which change the status, and under the persona it
 * belongs to: status and persona stay out, and the form stays open after a save.
 */
export type ContentItemFormPlacement = 'dialog' | 'drawer';

interface ContentItemFormProps {
  /** Personas a new item can belong to; an edited item keeps its own. */
  personas?: ReadonlyArray<PersonaOption>;
  platformOptions: PlatformOption[];
  /** The item being edited; omitted when creating one. */
  item?: ContentItemFormItem;
  /** Preselected persona and plan for a new item, e.g. from the list's filters. */
  defaults?: { personaId: string | null; planId: string | null; plannedLocal?: string | null };
  generator: GeneratorInfoValue;
  placement?: ContentItemFormPlacement;
  /**
   * The URL parameter that shows this dialog: "Publish on a channel…" replaces it with the
   * schedule dialog in one navigation. Without it the form offers no publishing.
   */
  hostParam?: string;
  /** Closes the dialog (Cancel, a saved edit, the item deleted meanwhile); the drawer stays. */
  onDone?: () => void;
  /** Whether the form holds unsaved changes, for hosts that hold back other actions meanwhile. */
  onDirtyChange?: (dirty: boolean) => void;
}

export function ContentItemForm(props: ContentItemFormProps) {
  const { personas = [], platformOptions, item: itemRef, defaults, generator, placement = 'dialog', hostParam, onDone, onDirtyChange } = props;
  const inDrawer = placement === 'drawer';
  const item = getFragmentData(contentItemFormItemFragment, itemRef);
  const { createItem } = useCreateContentItem();
  const { updateItem } = useUpdateContentItem();
  const { reload, reloading } = useReloadContentItem();
  const serverErrors = useServerErrors();
  const { openScheduleDialog } = useScheduleDialog();
  const [stale, setStale] = useState(false);
  const form = useForm<ContentItemFormValues>({
    initialValues: item
      ? itemToFormValues(item, item.persona.timeZone)
      : emptyItemValues(defaults?.personaId ?? null, defaults?.planId ?? null, defaults?.plannedLocal),
    validate: schemaResolver(contentItemFormSchema((platform) => captionLimitOf(platform, platformOptions)), { sync: true }),
  });
  const [base, setBase] = useEditBase(item, () => form.isDirty(), () => item && showStored(item));
  const dirty = form.isDirty();
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  /** Puts the stored item in the form: after a save that keeps it open, a reload, or a move made beside it. */
  function showStored(stored: NonNullable<typeof item>) {
    const values = itemToFormValues(stored, stored.persona.timeZone);
    form.setValues(values);
    form.resetDirty(values);
    form.clearErrors();
    setBase({ version: stored.version, status: stored.status });
  }

  const captionEditing = useCaptionEditing(form.values.caption, (caption) => form.setFieldValue('caption', caption));
  const voice = useVoiceCheck(form.values.personaId ?? item?.persona.id ?? null, form.values.caption);
  // Why a flagged caption goes to READY or SCHEDULED anyway; recorded with the save, not kept in the form.
  const [overrideReason, setOverrideReason] = useState('');
  const asksForOverride = Boolean(voice.check?.flagged) && (form.values.status === 'READY' || form.values.status === 'SCHEDULED');

  const persona = personas.find((candidate) => candidate.id === form.values.personaId);
  const planOptions = usePlanOptions(form.values.personaId);
  const timeZone = persona?.timeZone ?? item?.persona.timeZone ?? browserTimeZone();

  const { whileSaving } = useUnsavedChanges(() => form.isDirty());

  const save = whileSaving(async (values: ContentItemFormValues) => {
    serverErrors.clear();
    setStale(false);
    const { status, ...formFields } = formValuesToItemFields(values, timeZone);
    const fields = asksForOverride && overrideReason.trim() ? { ...formFields, overrideReason: overrideReason.trim() } : formFields;
    try {
      if (item && base) {
        // An unchanged status is no move; sending it would ask the server for one.
        const move = status === base.status ? {} : { status };
        const before = { id: item.id, personaId: item.persona.id, planId: item.plan?.id ?? null };
        const saved = await updateItem(before, { ...fields, ...move, expectedVersion: base.version });
        if (inDrawer) {
          const stored = getFragmentData(contentItemFormItemFragment, saved);
          if (stored) showStored(stored);
          notifications.show({ color: 'green', message: 'Changes saved' });
          return;
        }
      } else {
        await createItem({ ...fields, status, personaId: values.personaId ?? '' });
      }
      onDone?.();
    } catch (error) {
      if (isStaleVersion(error)) setStale(true);
      else serverErrors.capture(form, error);
    }
  });
  const submit = form.onSubmit(save, serverErrors.focusFirstError);

  // Shows the stored item in place of the refused edit: the person sees what changed and
  // decides what to apply again, so nobody's change is lost without them knowing.
  async function reloadItem() {
    if (!item) return;
    try {
      const fresh = getFragmentData(contentItemFormItemFragment, await reload(item.id));
      setStale(false);
      if (!fresh) {
        notifications.show({ color: 'orange', message: 'This item was deleted by someone else.' });
        onDone?.();
        return;
      }
      showStored(fresh);
    } catch (error) {
      serverErrors.capture(form, error);
    }
  }

  const planSelect = (
    <Select
      label="Plan"
      placeholder={persona || item ? 'No plan' : 'Choose a persona first'}
      clearable
      disabled={!persona && !item}
      data={planOptions.options}
      {...form.getInputProps('planId')}
    />
  );

  return (
    <form ref={serverErrors.formRef} onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormErrorAlert message={serverErrors.message} />
        {stale && <StaleVersionAlert reloading={reloading} onReload={() => void reloadItem()} />}
        {!inDrawer && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Persona"
              placeholder="Choose a persona"
              searchable
              required
              // Items cannot move between personas (the API has no such change).
              disabled={Boolean(item)}
              data={personaSelectData(personas)}
              {...form.getInputProps('personaId')}
              onChange={(personaId) => form.setValues({ personaId, planId: null })}
            />
            {planSelect}
          </SimpleGrid>
        )}
        <TextInput label="Title" placeholder="Short working title or hook" {...form.getInputProps('title')} />
        <Textarea
          label="Caption"
          description={`${characterCount(form.values.caption)} / ${captionLimitOf(form.values.platform ?? '', platformOptions)} characters`}
          autosize
          minRows={3}
          maxRows={10}
          {...form.getInputProps('caption')}
        />
        <VoiceMeter check={voice.check} checking={voice.checking} />
        {asksForOverride && (
          <TextInput
            label="Reason to go on anyway"
            description="The caption is below the persona’s voice threshold. Your reason is recorded with the save."
            value={overrideReason}
            onChange={(event) => setOverrideReason(event.currentTarget.value)}
            maxLength={2000}
          />
        )}
        <CaptionAssist caption={form.values.caption} editing={captionEditing} itemId={item?.id ?? null} />
        {item && base && (
          <ItemGenerationSection
            itemId={item.id}
            expectedVersion={base.version}
            draft={form.values.caption}
            generator={generator}
            onCaptionProposed={captionEditing.setProposal}
            onImageChanged={(version) => setBase({ ...base, version })}
            onStale={() => setStale(true)}
          />
        )}
        {item && base && (
          <ItemMediaSection itemId={item.id} expectedVersion={base.version} onSaved={(version) => setBase({ ...base, version })} onStale={() => setStale(true)} />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Platform"
            placeholder="Choose a platform"
            required
            data={platformOptions}
            {...form.getInputProps('platform')}
          />
          {inDrawer ? (
            planSelect
          ) : (
            <Select
              label="Status"
              data={statusChoices(base?.status ?? null, form.values.platform, platformOptions)}
              allowDeselect={false}
              {...form.getInputProps('status')}
            />
          )}
        </SimpleGrid>
        <DateTimePicker
          // In the drawer the item is not scheduled (scheduled ones are locked there): its time is a plan.
          label={inDrawer ? 'Planned for' : 'Scheduled at'}
          description={`In the persona’s time zone (${timeZone})`}
          placeholder={inDrawer ? 'Not planned' : 'Not scheduled'}
          valueFormat="D MMM YYYY HH:mm"
          clearable
          {...form.getInputProps('scheduledAt')}
        />
        <ContentItemFormActions
          isNew={!item}
          unsaved={form.isDirty()}
          saving={form.submitting}
          onPublish={
            hostParam && item && (base?.status === 'READY' || base?.status === 'FAILED')
              ? () => openScheduleDialog(item.id, { replacing: hostParam })
              : undefined
          }
          onDiscard={inDrawer && item ? () => showStored(item) : undefined}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}
