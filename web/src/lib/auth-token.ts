// The session token from signUp/signIn. localStorage keeps the session across reloads and
// tabs; listeners let the WebSocket client reconnect with the new identity.
const storageKey = 'doppelcart.token';

type TokenListener = (token: string | null) => void;
const listeners = new Set<TokenListener>();

export function getToken(): string | null {
  return window.localStorage.getItem(storageKey);
}

export function setToken(token: string): void {
  window.localStorage.setItem(storageKey, token);
  listeners.forEach((listener) => listener(token));
}

export function clearToken(): void {
  window.localStorage.removeItem(storageKey);
  listeners.forEach((listener) => listener(null));
}

export function authorizationHeader(): string | null {
  const token = getToken();
  return token ? `Bearer ${token}` : null;
}

export function onTokenChange(listener: TokenListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
