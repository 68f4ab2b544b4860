/** The API shares the SPA's origin (the dev and preview servers proxy it), over HTTP and WebSocket. */
export const graphqlHttpPath = '/graphql';

export function graphqlWebSocketUrl(location: Location = window.location): string {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${location.host}${graphqlHttpPath}`;
}
