import { readFileSync } from 'node:fs';
import { buildSchema, parse, specifiedRules, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as webDocuments from '../../../web/src/gql/graphql.js';
import { loadConfig } from '../config.js';
import { graphqlProtection } from './protection.js';
import { ASSUMED_LIST_SIZE, queryCost } from './query-cost.js';

const schema = buildSchema(readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8'));
const cost = (query: string, variables?: Record<string, unknown>) => queryCost(schema, parse(query), undefined, variables);

describe('queryCost', () => {
  it('counts a field as 1 and multiplies selections by the page size', () => {
    expect(cost('{ viewer { id email } }')).toBe(3);
    expect(cost('{ personas(first: 10) { nodes { id name } } }')).toBe(1 + 10 * (1 + 2));
    expect(cost('{ persona(id: "x") { channelIntegrations { id } } }')).toBe(1 + 1 + ASSUMED_LIST_SIZE);
  });

  it('reads the page size from a variable, the argument default, or a literal alike', () => {
    const literal = cost('{ personas(first: 7) { pageInfo { hasNextPage } } }');
    const variable = cost('query ($n: Int) { personas(first: $n) { pageInfo { hasNextPage } } }', { n: 7 });
    expect(variable).toBe(literal);
    // personas defaults to first: 20
    expect(cost('{ personas { pageInfo { hasNextPage } } }')).toBe(1 + 20 * 2);
    expect(cost('query ($n: Int) { personas(first: $n) { pageInfo { hasNextPage } } }', {})).toBe(1 + 20 * 2);
  });

  it('counts fragments where they are spread', () => {
    const inline = cost('{ persona(id: "x") { contentPlans(first: 5) { id title } } }');
    const spread = cost('{ persona(id: "x") { ...P } } fragment P on Persona { contentPlans(first: 5) { ...Q } } fragment Q on ContentPlan { id title }');
    expect(spread).toBe(inline);
  });

  it('makes nested large pages expensive', () => {
    const nested = cost('{ personas(first: 100) { nodes { contentPlans(first: 100) { items(first: 100) { id } } } } }');
    expect(nested).toBeGreaterThan(1_000_000);
  });
});

describe('the web app', () => {
  const limit = loadConfig({}).GRAPHQL_MAX_COST;
  const documents = Object.entries(webDocuments).filter(
    (entry): entry is [string, DocumentNode] => entry[0].endsWith('Document') && typeof entry[1] === 'object',
  );

  it('has operations to check', () => {
    expect(documents.length).toBeGreaterThan(10);
  });

  it.each(documents.map(([name, document]) => [name, document] as const))('%s stays within the cost limit', (_name, document) => {
    expect(queryCost(schema, document, undefined, {})).toBeLessThanOrEqual(limit);
  });

  it.each(documents.map(([name, document]) => [name, document] as const))('%s passes the depth, alias and directive limits', (_name, document) => {
    const { validationRules } = graphqlProtection(loadConfig({}));
    expect(validate(schema, document, [...specifiedRules, ...validationRules]).map((error) => error.message)).toEqual([]);
  });
});
