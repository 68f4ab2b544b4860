import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { graphql } from '../../gql/gql';

const voiceCheckQuery = graphql(`
  query VoiceCheck($personaId: ID!, $caption: String!) {
    voiceCheck(personaId: $personaId, caption: $caption) {
      score
      threshold
      flagged
      reasons {
        kind
        message
      }
    }
  }
`);

/** The caption's voice score, asked for once the person pauses typing (400 ms). */
export function useVoiceCheck(personaId: string | null, caption: string) {
  const [settled] = useDebouncedValue(caption.trim(), 400);
  const { data, previousData, loading } = useQuery(voiceCheckQuery, {
    variables: { personaId: personaId ?? '', caption: settled },
    skip: !personaId || !settled,
  });
  const check = (data ?? previousData)?.voiceCheck ?? null;
  return { check: settled ? check : null, checking: loading || settled !== caption.trim() };
}
