import { SimpleGrid, Stack, Text } from '@mantine/core';
import { AssetImage } from '../../../components/ui/AssetImage';
import { Hashtags } from '../../../components/ui/Hashtags';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { formatInstant } from '../../../lib/dates';
import { Fact } from '../../../components/ui/Fact';

const itemContentReadOnlyFragment = graphql(`
  fragment ItemContentReadOnly_item on ContentItem {
    id
    caption
    hashtags
    imagePrompt
    scheduledAt
    plan {
      id
      title
    }
    persona {
      id
      timeZone
    }
    asset {
      id
      url
      width
      height
      prompt
    }
  }
`);


/** What a scheduled or posted item says and shows; it is locked, so nothing here is a field. */
export function ItemContentReadOnly({ item: itemRef }: { item: FragmentType<typeof itemContentReadOnlyFragment> }) {
  const item = getFragmentData(itemContentReadOnlyFragment, itemRef);
  const { timeZone } = item.persona;
  return (
    <Stack gap="md">
      <SimpleGrid cols={2} spacing="sm">
        <Fact label="Plan">{item.plan?.title ?? '—'}</Fact>
        <Fact label={`Scheduled (${timeZone})`}>{item.scheduledAt ? formatInstant(item.scheduledAt, timeZone) : '—'}</Fact>
      </SimpleGrid>
      <Fact label="Caption">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={item.caption ? undefined : 'dimmed'}>
          {item.caption || 'No caption yet'}
        </Text>
      </Fact>
      <Hashtags tags={item.hashtags} />
      {item.asset && <AssetImage asset={item.asset} maxHeight={240} withPrompt />}
      {!item.asset && item.imagePrompt && <Fact label="Image prompt">{item.imagePrompt}</Fact>}
    </Stack>
  );
}
