import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { describeError } from './graphql-errors';

const graphqlErrors = (...errors: Array<{ message: string; extensions?: Record<string, unknown> }>) => new CombinedGraphQLErrors({ errors });

describe('describeError', () => {
  it("puts the server's field errors under the form's paths", () => {
    const described = describeError(
      graphqlErrors({
        message: 'Invalid input',
        extensions: {
          code: 'BAD_USER_INPUT',
          fieldErrors: [
            { field: 'input.handle', message: 'is taken' },
            { field: 'input.platformStrategy.goals.2', message: 'is too long' },
          ],
        },
      }),
    );
    expect(described).toEqual({ fieldErrors: { handle: 'is taken', 'platformStrategy.goals': 'is too long' }, message: 'Some fields need attention.' });
  });

  it('quotes the request id of an internal error, and never its details', () => {
    const described = describeError(graphqlErrors({ message: 'boom at db.ts:12', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-42' } }));
    expect(described.message).toBe('Something went wrong on our side. If it keeps happening, quote reference req-42.');
    expect(described.message).not.toContain('db.ts');
  });

  it('explains an HTTP failure and an unreachable server in words', () => {
    const http = new ServerError('Bad gateway', { response: new Response('', { status: 502 }), bodyText: '' });
    expect(describeError(http).message).toBe('The server answered with HTTP 502. Try again.');
    expect(describeError(new TypeError('Failed to fetch')).message).toBe('Cannot reach the server. Check your connection and try again.');
  });
});
