import express, { type Router } from 'express';
import { INSTAGRAM_CALLBACK_PATH } from '../channels/channels.js';
import type { ContextDeps } from '../graphql/build-context.js';
import { completeInstagramConnection, OAUTH_BROWSER_COOKIE, OAUTH_COOKIE_PATH, type ConnectionOutcome } from '../modules/channel/channel.service.js';
import { completeChannelConnection, isOAuthPlatform, oauthCookiePath } from '../modules/channel/oauth-connect.service.js';

// A network (Instagram, or one connected through the generic OAuth flow) sends the browser
// back here after the user decides. The state parameter says who
// started the flow (the app keeps its token in the page, which a redirect cannot carry), and
// the HttpOnly cookie set when it started must carry the same state: the flow finishes in the
// browser that began it. The browser then returns to the persona's channels page with the
// outcome in the query string for the app to show.

const single = (value: unknown): string | undefined => (typeof value === 'string' && value.length <= 4096 ? value : undefined);

/** One cookie's value from a Cookie header. */
function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return single(decodeURIComponent(value.join('=')));
  }
  return undefined;
}

function backToApp(res: express.Response, platform: string, outcome: ConnectionOutcome) {
  const page = outcome.personaId ? `/personas/${outcome.personaId}/channels` : '/personas';
  const query = outcome.ok ? `connected=${platform}` : `channelError=${encodeURIComponent(outcome.message)}`;
  res.redirect(303, `${page}?${query}`);
}

function callbackQuery(req: express.Request) {
  return {
    code: single(req.query.code),
    state: single(req.query.state),
    error: single(req.query.error_reason) ?? single(req.query.error),
    errorDescription: single(req.query.error_description),
    browserState: cookie(req.headers.cookie, OAUTH_BROWSER_COOKIE),
  };
}

export function channelRoutes(deps: ContextDeps): Router {
  const router = express.Router();
  router.get(INSTAGRAM_CALLBACK_PATH, async (req, res, next) => {
    try {
      const outcome = await completeInstagramConnection(deps, callbackQuery(req));
      res.clearCookie(OAUTH_BROWSER_COOKIE, { path: OAUTH_COOKIE_PATH, httpOnly: true, sameSite: 'lax' });
      backToApp(res, 'instagram', outcome);
    } catch (error) {
      next(error);
    }
  });
  router.get('/api/channels/:platform/callback', async (req, res, next) => {
    const platform = req.params.platform;
    if (!isOAuthPlatform(platform)) return next();
    try {
      const outcome = await completeChannelConnection(deps, platform, callbackQuery(req));
      res.clearCookie(OAUTH_BROWSER_COOKIE, { path: oauthCookiePath(platform), httpOnly: true, sameSite: 'lax' });
      backToApp(res, platform, outcome);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
