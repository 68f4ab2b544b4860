import type { Database } from '../../db/database.js';
import type { ContentItemRow } from '../../db/rows.js';
import { isPublishable, type ContentItemStatus } from '../shared/domain.js';
import { findDisclosureFacts } from './disclosure.repository.js';
import { disclosedCaption } from './disclosure.js';

// The disclosure line counts toward the platform's caption limits: an item is held to them
// with the line it will be published with, from READY on, so publishing never meets a caption
// the platform refuses (or cuts) because DoppelCart added to it.


export interface DisclosureGateEntry {
  item: ContentItemRow;
  status: ContentItemStatus;
  caption: string;
  assetId: string | null;
}

/** The caption each publishable entry will go out with, by item id, where the disclosure line changes it. */
export async function disclosedCaptionsFor(trx: Database, entries: readonly DisclosureGateEntry[]): Promise<Map<string, string>> {
  const checked = entries.filter((entry) => isPublishable(entry.status));
  if (!checked.length) return new Map();
  const { personas, assets } = await findDisclosureFacts(
    trx,
    checked.map((entry) => entry.item.personaId),
    checked.flatMap((entry) => (entry.assetId ? [entry.assetId] : [])),
  );
  const captions = new Map<string, string>();
  for (const entry of checked) {
    const policy = personas.get(entry.item.personaId);
    if (!policy) continue;
    const disclosed = disclosedCaption(entry.caption, policy, (entry.assetId && assets.get(entry.assetId)) || null);
    if (disclosed !== entry.caption) captions.set(entry.item.id, disclosed);
  }
  return captions;
}
