// A network's answer that is not a success, as the publishing code acts on it:
//   auth: the token is gone (the person reconnects);
//   permanent: the network refused this post as it is (a retry would be refused again);
//   rate_limit and transient: try again later.
// Connectors written on the JSON helper share it, so their outcomes are handled one way.

export type NetworkErrorKind = 'auth' | 'permanent' | 'rate_limit' | 'transient';

export class NetworkError extends Error {
  constructor(
    message: string,
    readonly kind: NetworkErrorKind,
    readonly status: number | null = null,
    /** When the network said it may be asked again (a 429's reset), as a Date. */
    readonly retryAt: Date | null = null,
  ) {
    super(message);
    this.name = 'NetworkError';
  }
}

/** Anything thrown while talking to a network, as a NetworkError (unknown failures are transient). */
export function asNetworkError(error: unknown, during: string): NetworkError {
  if (error instanceof NetworkError) return error;
  return new NetworkError(`${during}: ${error instanceof Error ? error.message : String(error)}`, 'transient');
}

/** The usual meaning of an HTTP status; a connector may read some differently (X's 403 is a refusal, not a lost token). */
export function kindOfStatus(status: number): NetworkErrorKind {
  if (status === 401) return 'auth';
  if (status === 429) return 'rate_limit';
  if (status >= 500) return 'transient';
  return 'permanent';
}
