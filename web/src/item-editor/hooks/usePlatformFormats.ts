import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql/gql';
import type { Platform } from '../../gql/graphql';

const platformFormatsQuery = graphql(`
  query PlatformFormats {
    platforms {
      platform
      formats {
        format
        minItems
        maxItems
        kinds
        minVideoSeconds
        maxVideoSeconds
      }
    }
  }
`);

/** The formats a platform takes and what each needs, as the server decides them (media-rules.ts). */
export function usePlatformFormats(platform: Platform | null) {
  const { data } = useQuery(platformFormatsQuery, { fetchPolicy: 'cache-first' });
  return data?.platforms.find((entry) => entry.platform === platform)?.formats ?? [];
}
