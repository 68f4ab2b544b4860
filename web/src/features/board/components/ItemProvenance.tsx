import { List, Text } from '@mantine/core';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { formatInstant } from '../../../lib/dates';
import { describeGenerator, generationKindLabels, generationStates } from '../../../lib/generation';
import { overrideLabels } from '../../../lib/lock-checks';
import { platformLabels } from '../../../lib/platforms';

const itemProvenanceFragment = graphql(`
  fragment ItemProvenance_item on ContentItem {
    id
    provenance {
      generationRuns {
        id
        kind
        state
        generator
        model
        briefVersion
        createdAt
      }
      briefVersion
      image {
        id
        source
        digitalSourceType
        generatedFrom {
          id
        }
      }
      voice {
        score
        threshold
      }
      likeness {
        score
        threshold
      }
      overrides {
        kind
        reason
      }
      approval {
        id
        changedAt
        actor {
          name
        }
      }
      publications {
        id
        publishedAt
        channel {
          id
          platform
          accountName
        }
      }
    }
  }
`);

const sourceName = (uri: string) => uri.split('/').pop() ?? uri;
const referencesNote = (count: number) => (count ? ` from ${count} reference images` : '');

/** Where the item came from and how it went out: the provenance ledger, in the drawer. */
export function ItemProvenance(props: { item: FragmentType<typeof itemProvenanceFragment>; timeZone: string }) {
  const { provenance } = getFragmentData(itemProvenanceFragment, props.item);
  const { timeZone } = props;
  const lines: string[] = [
    ...provenance.generationRuns.map(
      (run) =>
        `${generationKindLabels[run.kind]} by ${describeGenerator(run.generator, run.model)}, brief v${run.briefVersion}, ${formatInstant(run.createdAt, timeZone)} (${generationStates[run.state].label.toLowerCase()})`,
    ),
    ...(provenance.briefVersion != null ? [`Text written for brief v${provenance.briefVersion}`] : []),
    ...(provenance.image
      ? [
          `Image ${provenance.image.source === 'GENERATED' ? 'generated' : 'uploaded'}${referencesNote(provenance.image.generatedFrom.length)}${provenance.image.digitalSourceType ? `, marked ${sourceName(provenance.image.digitalSourceType)} in its file` : ''}`,
        ]
      : []),
    ...(provenance.voice ? [`Voice ${provenance.voice.score} (threshold ${provenance.voice.threshold})`] : []),
    ...(provenance.likeness?.score != null ? [`Likeness ${provenance.likeness.score} (threshold ${provenance.likeness.threshold})`] : []),
    ...provenance.overrides.map((override) => `${overrideLabels[override.kind]} check overridden: “${override.reason}”`),
    ...(provenance.approval ? [`Approved for publishing by ${provenance.approval.actor.name}, ${formatInstant(provenance.approval.changedAt, timeZone)}`] : []),
    ...provenance.publications.map(
      (post) => `Published on ${post.channel ? `${platformLabels[post.channel.platform]} (${post.channel.accountName})` : 'a removed channel'}${post.publishedAt ? `, ${formatInstant(post.publishedAt, timeZone)}` : ''}`,
    ),
  ];
  if (lines.length === 0) return <Text size="sm" c="dimmed">Written by a person; not approved or published yet.</Text>;
  return (
    <List size="sm" spacing={2} aria-label="Provenance">
      {lines.map((line) => (
        <List.Item key={line}>{line}</List.Item>
      ))}
    </List>
  );
}
