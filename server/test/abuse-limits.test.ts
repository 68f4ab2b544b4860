import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isNonNullType,
  isObjectType,
  isAbstractType,
  isListType,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows } from './support/fixtures.js';
import { graphqlClient, signUpUser } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';

// Abuse an outside tester found: aliased sign-ups (one argon2 hash each), an introspection
// query 40 `ofType` levels deep, and queries answered without signing in.

let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
beforeAll(async () => {
  server = await startTestServer();
  user = await signUpUser(server.url);
});
afterAll(() => server.close());

const anonymous = () => graphqlClient(server.url);

describe('abuse limits', () => {
  it('refuses two sensitive mutations in one document, creating no account', async () => {
    const signUps = Array.from(
      { length: 15 },
      (_, i) => `a${i}: signUp(input: { email: "alias-${i}-${Date.now()}@example.com", password: "correct horse battery staple" }) { token }`,
    ).join(' ');
    const users = await countRows(server, 'users');
    const result = await anonymous()(`mutation { ${signUps} }`);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(result.errors?.[0]?.message).toMatch(/At most one of signUp, signIn/);
    const mixed = await anonymous()(
      `mutation { a: signIn(input: { email: "${user.email}", password: "wrong password here" }) { token } b: requestPasswordReset(input: { email: "${user.email}" }) }`,
    );
    expect(mixed.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await countRows(server, 'users')).toBe(users);
  });

  it('answers the standard introspection query, and refuses a deeper or repeated one', async () => {
    const standard = await user.request<any>(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, oneOf: true }));
    expect(standard.errors).toBeUndefined();
    expect(standard.data.__schema.queryType.name).toBe('Query');

    const ofType = (levels: number): string => (levels === 0 ? 'name' : `name ofType { ${ofType(levels - 1)} }`);
    const deep = await user.request(`{ __schema { types { fields { type { ${ofType(40)} } } } } }`);
    expect(deep.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(deep.errors?.[0]?.message).toMatch(/Introspection depth \d+ exceeds the limit of 16/);
    const repeated = await user.request(`{ a: __schema { types { name } } b: __schema { types { name } } }`);
    expect(repeated.errors?.[0]?.message).toMatch(/At most 1 __schema per request/);
  });

  it('answers no query field without a signed-in user, except `viewer`', async () => {
    const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
    const fields = Object.values(schema.getQueryType()!.getFields());
    const valueFor = (type: GraphQLInputType): string => {
      if (isNonNullType(type)) return valueFor(type.ofType);
      if (isListType(type)) return `[${valueFor(type.ofType)}]`;
      if (isEnumType(type)) return type.getValues()[0]!.name;
      if (isInputObjectType(type)) {
        const required = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
        return `{ ${required.map((field) => `${field.name}: ${valueFor(field.type)}`).join(', ')} }`;
      }
      return (
        { ID: '"00000000-0000-4000-8000-000000000000"', String: '"x"', Int: '1', Float: '1', Boolean: 'true', DateTime: '"2026-12-01T00:00:00Z"', Date: '"2026-12-01"' }[
          type.name
        ] ?? '"x"'
      );
    };
    const answered: string[] = [];
    for (const field of fields) {
      const args = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
      const argList = args.length ? `(${args.map((arg) => `${arg.name}: ${valueFor(arg.type)}`).join(', ')})` : '';
      const named = getNamedType(field.type);
      const selection = isObjectType(named) || isAbstractType(named) ? ' { __typename }' : '';
      const result = await anonymous()(`{ ${field.name}${argList}${selection} }`);
      const refused = result.errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED');
      if (!refused) answered.push(field.name);
    }
    // `viewer` is the documented way to ask "am I signed in?": it answers null.
    expect(answered).toEqual(['viewer']);
  });
});
