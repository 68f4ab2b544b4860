import { useSubscription } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCalendarEvent, IconLayoutGrid, IconNews, IconPlugConnected } from '@tabler/icons-react';
import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { addChannelToPersona } from '../../../lib/channel-cache';
import { platformLabels } from '../../../lib/platforms';
import { calendarPath, channelStatuses, channelsPath, gridPath, sandboxFeedPath } from '../../../lib/publishing';

const personaPublishingFragment = graphql(`
  fragment PersonaPublishing_persona on Persona {
    id
    channelIntegrations {
      id
      platform
      accountName
      status
      statusReason
    }
  }
`);

const personaChannelUpdatedSubscription = graphql(`
  subscription PersonaChannelUpdated($personaId: ID!) {
    channelIntegrationUpdated(personaId: $personaId) {
      id
      platform
      accountName
      status
      statusReason
    }
  }
`);

/** Where the persona publishes, a warning for channels that need reconnecting, and the publishing pages. */
export function PersonaPublishing(props: { persona: FragmentType<typeof personaPublishingFragment> }) {
  const persona = getFragmentData(personaPublishingFragment, props.persona);
  useSubscription(personaChannelUpdatedSubscription, {
    variables: { personaId: persona.id },
    onData: ({ client, data }) => {
      const channel = data.data?.channelIntegrationUpdated;
      if (channel) addChannelToPersona(client.cache, persona.id, channel.id);
    },
  });
  const connected = persona.channelIntegrations.filter((channel) => channel.status !== 'DISCONNECTED');
  const broken = persona.channelIntegrations.filter((channel) => channel.status === 'NEEDS_RECONNECT');

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Publishing
        </Title>
        {broken.map((channel) => (
          <Alert key={channel.id} color="orange" variant="light" icon={<IconAlertTriangle />} title="A channel needs reconnecting" role="alert">
            {channel.accountName} ({platformLabels[channel.platform]}) cannot publish
            {channel.statusReason ? `: ${channel.statusReason}` : '.'}{' '}
            <Anchor component={Link} to={channelsPath(persona.id)} size="sm">
              Reconnect it on the channels page
            </Anchor>
          </Alert>
        ))}
        {connected.length === 0 ? (
          <Text size="sm" c="dimmed">
            No channels connected. Connect Instagram, or the Sandbox to try publishing inside DoppelCart.
          </Text>
        ) : (
          <Group gap="xs" aria-label="Connected channels">
            {connected.map((channel) => (
              <Badge key={channel.id} variant="light" tt="none" color={channelStatuses[channel.status].color}>
                {channel.accountName} · {channelStatuses[channel.status].label}
              </Badge>
            ))}
          </Group>
        )}
        <Group gap="xs">
          <Button component={Link} to={channelsPath(persona.id)} variant="default" size="xs" leftSection={<IconPlugConnected size={14} />}>
            Channels
          </Button>
          <Button component={Link} to={calendarPath(persona.id)} variant="default" size="xs" leftSection={<IconCalendarEvent size={14} />}>
            Calendar
          </Button>
          <Button component={Link} to={gridPath(persona.id)} variant="default" size="xs" leftSection={<IconLayoutGrid size={14} />}>
            Instagram grid
          </Button>
          <Button component={Link} to={sandboxFeedPath(persona.id)} variant="default" size="xs" leftSection={<IconNews size={14} />}>
            Sandbox feed
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
