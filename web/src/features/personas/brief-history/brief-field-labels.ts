import type { PersonaBriefField } from '../../../gql/graphql';

/** What each brief field is called in the editor, in the order the editor shows them. */
export const briefFieldLabels: Record<PersonaBriefField, string> = {
  NAME: 'Name',
  HANDLE: 'Handle',
  NICHE: 'Niche',
  VOICE: 'Voice',
  STYLE: 'Style',
  PERSONALITY: 'Personality',
  BIO: 'Bio',
  AESTHETIC: 'Aesthetic',
  LOOK: 'Look',
  PLATFORM_STRATEGY: 'Platform strategy',
  TOPICS: 'Topics',
  AVOID: 'Words to avoid',
  EXAMPLE_POSTS: 'Example posts',
};

export const briefFieldOrder = Object.keys(briefFieldLabels) as PersonaBriefField[];
