import { SimpleGrid, Stack, Text } from '@mantine/core';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { ChartCard } from './ChartCard';
import { PostPerformanceCard, postPerformanceCardFragment } from './PostPerformanceCard';

const postRankingsFragment = graphql(`
  fragment PostRankings_summary on PersonaAnalytics {
    topPosts(first: 5) {
      item {
        id
      }
      ...PostPerformanceCard_post
    }
    bottomPosts(first: 5) {
      item {
        id
      }
      ...PostPerformanceCard_post
    }
  }
`);

type RankedPost = { item: { id: string } } & FragmentType<typeof postPerformanceCardFragment>;

function Ranking({ name, posts, empty, personaId, timeZone }: { name: string; posts: readonly RankedPost[]; empty: string; personaId: string; timeZone: string }) {
  return (
    <ChartCard title={name}>
      {posts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Stack component="ol" aria-label={name} gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
          {posts.map((post) => (
            <li key={post.item.id}>
              <PostPerformanceCard post={post} personaId={personaId} timeZone={timeZone} />
            </li>
          ))}
        </Stack>
      )}
    </ChartCard>
  );
}

/** The period’s best posts by engagement rate, and the weakest ones not already among them. */
export function PostRankings(props: { summary: FragmentType<typeof postRankingsFragment>; personaId: string; timeZone: string }) {
  const { topPosts, bottomPosts } = getFragmentData(postRankingsFragment, props.summary);
  const shown = new Set(topPosts.map((post) => post.item.id));
  const weakest = bottomPosts.filter((post) => !shown.has(post.item.id));
  const common = { personaId: props.personaId, timeZone: props.timeZone };
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Ranking name="Top posts" posts={topPosts} empty="No posts with an engagement rate yet." {...common} />
      <Ranking name="Weakest posts" posts={weakest} empty="Every measured post is among the top posts." {...common} />
    </SimpleGrid>
  );
}
