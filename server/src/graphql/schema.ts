import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { buildResolvers } from './resolvers/index.js';

const schemaPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../schema.graphql');

/** Built once and shared by HTTP (Apollo) and WebSocket (graphql-ws) transports. */
export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: readFileSync(schemaPath, 'utf8'),
    resolvers: buildResolvers() as never,
  });
}
