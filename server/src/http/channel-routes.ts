import express, { type Router } from 'express';
import { INSTAGRAM_CALLBACK_PATH } from '../channels/channels.js';
import type { ContextDeps } from '../graphql/build-context.js';
import { completeInstagramConnection } from '../modules/channel/channel.service.js';

// Instagram sends the browser back here after the user decides. The state parameter, not a
// session cookie, says who started the flow (the app keeps its token in the page, which a
// redirect cannot carry); the browser then returns to the persona's channels page with the
// outcome in the query string for the app to show.

const single = (value: unknown): string | undefined => (typeof value === 'string' && value.length <= 4096 ? value : undefined);

export function channelRoutes(deps: ContextDeps): Router {
  const router = express.Router();
  router.get(INSTAGRAM_CALLBACK_PATH, async (req, res, next) => {
    try {
      const outcome = await completeInstagramConnection(deps, {
        code: single(req.query.code),
        state: single(req.query.state),
        error: single(req.query.error_reason) ?? single(req.query.error),
        errorDescription: single(req.query.error_description),
      });
      const page = outcome.personaId ? `/personas/${outcome.personaId}/channels` : '/personas';
      const query = outcome.ok ? 'connected=instagram' : `channelError=${encodeURIComponent(outcome.message)}`;
      res.redirect(303, `${page}?${query}`);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
