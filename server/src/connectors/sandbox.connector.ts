import { formatRules } from '../modules/content-item/media-rules.js';
import { maxCaptionCharacters } from '../modules/content-item/caption-limits.js';
import { publishToSandbox } from '../publishing/publish-sandbox.js';
import { publishSandboxBatch } from '../publishing/publish-sandbox-batch.js';
import type { Connector } from './connector.js';

// The in-app Sandbox: a feed in DoppelCart's own database that behaves like Instagram's rules,
// to try publishing without an account. Its feed row and the post's state commit together.

export const sandboxConnector: Connector = {
  platform: 'sandbox',
  label: 'Sandbox (in-app)',
  capabilities: () => ({
    formats: formatRules('sandbox'),
    captionMaxCharacters: maxCaptionCharacters('sandbox'),
    maxHashtags: null,
    clickableLinks: true,
    auth: 'none',
  }),
  unavailableReason: () => null,
  publish: (deps, post) => publishToSandbox(deps, post),
  publishBatch: (deps, posts) => publishSandboxBatch(deps.db, deps.config, posts),
};
