import type { ScheduledPostRow } from '../db/rows.js';
import { finishFailed, releaseForRetry, retryDelayMs } from '../publishing/outcomes.js';
import type { PublishDeps } from './connector.js';
import type { NetworkError } from './http/network-error.js';

// How a post that met a NetworkError ends its turn, the same for every connector on the JSON
// helper: a refused token is renewed once (another process may have done it) and the post goes
// again, or the person must reconnect; a refusal of the post as it is ends it FAILED with the
// network's words; anything else is tried again later (at the network's reset time for a 429)
// until the attempts run out, when a post whose publishing was already asked for ends
// "unconfirmed" rather than "gave up", since it may be out.

export const UNCONFIRMED = 'unconfirmed: check the account';

export async function settleFailure(
  deps: PublishDeps,
  post: ScheduledPostRow,
  error: NetworkError,
  network: { label: string; /** Renews the refused token; false when it cannot (the channel now needs reconnecting). */ renew(): Promise<boolean> },
): Promise<void> {
  if (error.kind === 'auth') {
    if (await network.renew()) await releaseForRetry(deps, post, `${network.label} refused the token; renewed it (${error.message})`, 1_000);
    else await finishFailed(deps, post, `the ${network.label} token was refused and could not be renewed; reconnect the account (${error.message})`);
  } else if (error.kind === 'permanent') {
    await finishFailed(deps, post, `${network.label} refused the post: ${error.message}`);
  } else if (post.attempts >= deps.config.PUBLISH_MAX_ATTEMPTS) {
    const outcome = post.publishRequestedAt ? UNCONFIRMED : 'gave up';
    await finishFailed(deps, post, `${outcome} after ${post.attempts} attempts: ${error.message}`);
  } else {
    const delay = error.retryAt ? Math.max(error.retryAt.getTime() - Date.now(), 1_000) : retryDelayMs(post.attempts);
    await releaseForRetry(deps, post, error.message, delay);
  }
}
