import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';

export interface GraphQLResponse<Data> {
  status: number;
  /** The response's cookies as `name=value`, what a browser would keep and send back. */
  cookies?: string[];
  data?: Data | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> & { code?: string } }>;
}

/** A minimal real HTTP GraphQL client: what any developer's client sends. */
export function graphqlClient(baseUrl: string, token?: string) {
  return async function request<Data = Record<string, unknown>, Variables = Record<string, unknown>>(
    document: string | DocumentNode | TypedDocumentNode<Data, Variables>,
    variables?: Variables,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<Data>> {
    const query = typeof document === 'string' ? document : print(document);
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<Data>, 'status'>;
    return { status: response.status, cookies: response.headers.getSetCookie().map((line) => line.split(';')[0]!), ...body };
  };
}

export type GraphQLRequest = ReturnType<typeof graphqlClient>;

let counter = 0;

/** Signs up a fresh user and returns a client authenticated as them. */
export async function signUpUser(baseUrl: string, overrides: { email?: string; password?: string } = {}) {
  counter += 1;
  const email = overrides.email ?? `user${counter}-${Date.now()}@example.com`;
  const password = overrides.password ?? 'correct horse battery staple';
  const anonymous = graphqlClient(baseUrl);
  const result = await anonymous<{ signUp: { token: string; viewer: { id: string } } }>(
    `mutation ($input: SignUpInput!) { signUp(input: $input) { token viewer { id } } }`,
    { input: { email, password } },
  );
  if (!result.data?.signUp) throw new Error(`sign-up failed: ${JSON.stringify(result.errors)}`);
  const { token, viewer } = result.data.signUp;
  return { email, password, token, userId: viewer.id, request: graphqlClient(baseUrl, token) };
}
