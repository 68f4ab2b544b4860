import type { PersonaBriefField, PersonaBriefHistoryQuery } from '../../../gql/graphql';

/** A kept brief as the history dialog reads it. */
export type KeptBrief = NonNullable<PersonaBriefHistoryQuery['persona']>['briefVersions'][number]['brief'];

/**
 * A field as text to compare: lists one entry per line, the platform strategy as the lines the
 * editor's fields hold, so a diff shows what a person changed there.
 */
export function briefFieldText(brief: KeptBrief, field: PersonaBriefField): string {
  switch (field) {
    case 'NAME':
      return brief.name;
    case 'HANDLE':
      return brief.handle;
    case 'NICHE':
      return brief.niche;
    case 'VOICE':
      return brief.voice;
    case 'STYLE':
      return brief.style;
    case 'PERSONALITY':
      return brief.personality;
    case 'BIO':
      return brief.bio;
    case 'AESTHETIC':
      return brief.aesthetic;
    case 'LOOK':
      return brief.look;
    case 'PLATFORM_STRATEGY': {
      const strategy = brief.platformStrategy;
      return [
        `Platforms: ${strategy.platforms.join(', ') || 'none'}`,
        `Posts per week: ${strategy.postsPerWeek ?? 'not set'}`,
        `Cadence: ${strategy.cadence || 'not set'}`,
        `Goals: ${strategy.goals.join('; ') || 'none'}`,
      ].join('\n');
    }
    case 'TOPICS':
      return brief.topics.join('\n');
    case 'AVOID':
      return brief.avoid.join('\n');
    case 'EXAMPLE_POSTS':
      return brief.examplePosts.join('\n\n');
  }
}
