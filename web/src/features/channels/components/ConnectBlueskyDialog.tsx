import { Anchor, Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import * as z from 'zod/mini';
import { FormErrorAlert } from '../../../components/ui/FormErrorAlert';
import { notifications } from '../../../lib/notifications';
import { useServerErrors } from '../../../lib/use-server-errors';
import type { BlueskyCredentials } from '../hooks/useConnectBluesky';

const schema = z.object({
  handle: z.string().check(z.trim(), z.minLength(1, 'Enter the account’s handle, e.g. lena.bsky.social')),
  appPassword: z.string().check(z.trim(), z.minLength(1, 'Enter an app password from Bluesky’s settings')),
  serviceUrl: z.string(),
});

interface ConnectBlueskyDialogProps {
  opened: boolean;
  /** The handle of the channel being reconnected, if any. */
  handle?: string;
  loading: boolean;
  onConnect: (credentials: BlueskyCredentials) => Promise<void>;
  onClose: () => void;
}

/**
 * Bluesky connects with an app password the person makes in Bluesky (never their account
 * password): DoppelCart signs in once and keeps the session, not the password.
 */
export function ConnectBlueskyDialog({ opened, handle = '', loading, onConnect, onClose }: ConnectBlueskyDialogProps) {
  const serverErrors = useServerErrors();
  const form = useForm<BlueskyCredentials>({ initialValues: { handle, appPassword: '', serviceUrl: '' }, validate: schemaResolver(schema, { sync: true }) });

  const close = () => {
    form.reset();
    serverErrors.clear();
    onClose();
  };
  const submit = serverErrors.submitHandler(form, async (values) => {
    await onConnect(values);
    notifications.show({ color: 'green', message: `Bluesky connected as @${values.handle.trim().replace(/^@/, '')}.` });
    close();
  });

  return (
    <Modal opened={opened} onClose={close} title="Connect Bluesky" size="md">
      <form ref={serverErrors.formRef} onSubmit={submit} noValidate aria-label="Connect Bluesky">
        <Stack>
          <Text size="sm">
            Make an app password in Bluesky (Settings, Privacy and security, App passwords) and paste it here. DoppelCart signs in once and keeps the
            session, not the password; deleting the app password in Bluesky disconnects it.{' '}
            <Anchor href="https://bsky.app/settings/app-passwords" target="_blank" rel="noreferrer" size="sm">
              Open Bluesky’s app passwords
            </Anchor>
          </Text>
          <FormErrorAlert message={serverErrors.message} />
          <TextInput label="Handle" placeholder="lena.bsky.social" autoComplete="username" required {...form.getInputProps('handle')} />
          <PasswordInput label="App password" placeholder="xxxx-xxxx-xxxx-xxxx" autoComplete="off" required {...form.getInputProps('appPassword')} />
          <TextInput
            label="Server (PDS)"
            description="Only for accounts on their own server; leave empty for bsky.social."
            placeholder="https://bsky.social"
            {...form.getInputProps('serviceUrl')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Connect
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
