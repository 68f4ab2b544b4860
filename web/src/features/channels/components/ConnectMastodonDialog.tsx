import { Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import * as z from 'zod/mini';
import { FormErrorAlert } from '../../../components/ui/FormErrorAlert';
import { notifications } from '../../../lib/notifications';
import { useServerErrors } from '../../../lib/use-server-errors';
import type { MastodonCredentials } from '../hooks/useConnectMastodon';

const schema = z.object({
  instanceUrl: z.string(),
  accessToken: z.string().check(z.trim(), z.minLength(1, 'Paste the access token of the application you made on the instance')),
});

interface ConnectMastodonDialogProps {
  opened: boolean;
  /** The instance of the channel being reconnected, if any. */
  instanceUrl?: string;
  loading: boolean;
  /** Connects and says which account it is. */
  onConnect: (credentials: MastodonCredentials) => Promise<string>;
  onClose: () => void;
}

/**
 * Mastodon connects with an access token the person makes on their own instance (Preferences,
 * Development, New application): DoppelCart checks it once and keeps it sealed.
 */
export function ConnectMastodonDialog({ opened, instanceUrl = '', loading, onConnect, onClose }: ConnectMastodonDialogProps) {
  const serverErrors = useServerErrors();
  const form = useForm<MastodonCredentials>({ initialValues: { instanceUrl, accessToken: '' }, validate: schemaResolver(schema, { sync: true }) });

  const close = () => {
    form.reset();
    serverErrors.clear();
    onClose();
  };
  const submit = serverErrors.submitHandler(form, async (values) => {
    const account = await onConnect(values);
    notifications.show({ color: 'green', message: `Mastodon connected as ${account}.` });
    close();
  });

  return (
    <Modal opened={opened} onClose={close} title="Connect Mastodon" size="md">
      <form ref={serverErrors.formRef} onSubmit={submit} noValidate aria-label="Connect Mastodon">
        <Stack>
          <Text size="sm">
            On the account’s instance open Preferences, Development, New application; give it the read and write scopes, save, and paste
            “Your access token” here. DoppelCart checks it once and keeps it sealed; deleting the application on the instance disconnects it.
          </Text>
          <FormErrorAlert message={serverErrors.message} />
          <TextInput
            label="Instance"
            description="The account’s server; leave empty for this DoppelCart’s default instance."
            placeholder="https://mastodon.social"
            {...form.getInputProps('instanceUrl')}
          />
          <PasswordInput label="Access token" autoComplete="off" required {...form.getInputProps('accessToken')} />
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
