import type { ApolloCache, Reference } from '@apollo/client';

/**
 * Adds a channel the cache already holds (from a mutation's answer or a live event) to its
 * persona's channel list, so a page showing the list renders it without a refetch.
 */
export function addChannelToPersona(cache: ApolloCache, personaId: string, channelId: string): void {
  cache.modify<{ channelIntegrations: Reference[] }>({
    id: cache.identify({ __typename: 'Persona', id: personaId }),
    fields: {
      channelIntegrations(existing, { readField, toReference }) {
        const channel = toReference({ __typename: 'ChannelIntegration', id: channelId });
        const known = existing.some((entry) => readField('id', entry) === channelId);
        return known || !channel ? existing : [...existing, channel];
      },
    },
  });
}
