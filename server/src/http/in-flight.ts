import type { NextFunction, Request, Response } from 'express';

// Graceful shutdown's first step: from the moment the server starts stopping, new requests
// (also ones arriving on kept-alive connections) are answered 503 at once, and the requests
// already running are waited for, so none of them is still working when the database pool
// closes behind it (a sign-up half done would leave a user without a session).

export function inFlightRequests() {
  let active = 0;
  let stopping = false;
  const idleWaiters: Array<() => void> = [];

  function finished() {
    active -= 1;
    if (active === 0) for (const resolve of idleWaiters.splice(0)) resolve();
  }

  return {
    middleware(_req: Request, res: Response, next: NextFunction) {
      if (stopping) {
        res.setHeader('Connection', 'close');
        res.setHeader('Retry-After', '1');
        res.status(503).json({ errors: [{ message: 'The server is restarting; try again in a moment', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
        return;
      }
      active += 1;
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        finished();
      };
      res.once('finish', finish);
      res.once('close', finish);
      next();
    },
    /** Refuses new requests and resolves once the running ones are done (or after `timeoutMs`). */
    async stopAccepting(timeoutMs: number): Promise<void> {
      stopping = true;
      if (active === 0) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        idleWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}
