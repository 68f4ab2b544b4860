import { describe, expect, it } from 'vitest';
import { PUBLISHED_BY_DOPPELCART } from '../modules/content-item/status-rules.js';
import { PLATFORMS } from '../modules/shared/domain.js';
import { BATCH_CONNECTORS, connectorFor, SINGLE_POST_PLATFORMS } from './registry.js';

// The registry is the one list of networks DoppelCart publishes to; the lifecycle rules (which
// platforms reach SCHEDULED only through a channel) must name the same ones.

describe('the connector registry', () => {
  it('names the same platforms as the lifecycle rules', () => {
    const published = PLATFORMS.filter((platform) => connectorFor(platform));
    expect([...PUBLISHED_BY_DOPPELCART].sort()).toEqual([...published].sort());
  });

  it('publishes every connector either one post per slot or in batches, never both', () => {
    const batched = BATCH_CONNECTORS.map((connector) => connector.platform);
    expect(batched.filter((platform) => SINGLE_POST_PLATFORMS.includes(platform))).toEqual([]);
    expect([...batched, ...SINGLE_POST_PLATFORMS].sort()).toEqual([...PUBLISHED_BY_DOPPELCART].sort());
  });
});
