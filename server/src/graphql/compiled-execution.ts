import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { getOperationAST, getVariableValues, GraphQLError, printSchema, type DocumentNode, type GraphQLSchema, type VariableDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** Distinct operations kept compiled; the web app sends about a hundred, all trusted. */
const COMPILED_OPERATIONS = 500;

type Data = Record<string, unknown>;
/** A compiled operation and its variable definitions, both worked out once per document. */
type Compiled = { query: CompiledQuery<Data, Data>; variables: readonly VariableDefinitionNode[] };

/**
 * graphql-jit's errors are read-only look-alikes of GraphQLError; the rest of the pipeline
 * (graphql-armor's suggestion filter rewrites messages) expects the real class.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions });
}

/**
 * Runs operations through graphql-jit: each document (already parsed and validated by Apollo,
 * once, in its document store) is compiled on first use into a function specialised to its
 * selection, which then runs it without graphql-js's generic walk over the document (a promise
 * and argument lookup per field). Apollo's gateway interface is how Apollo Server hands
 * execution to another executor; here it serves one local schema.
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const compiled = new Map<string, Compiled>();
  const compile = (key: string, document: DocumentNode, operationName: string | undefined) => {
    const query = compileQuery<Data, Data>(schema, document, operationName);
    if (!isCompiledQuery(query)) return query;
    const entry = { query, variables: getOperationAST(document, operationName)?.variableDefinitions ?? [] };
    // Oldest first in insertion order: the first key is the one to let go.
    if (compiled.size >= COMPILED_OPERATIONS) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, entry);
    return entry;
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async load() {
      return {
        executor: async ({ document, operationName, queryHash, request, context }) => {
          const key = `${queryHash}:${operationName ?? ''}`;
          const entry = compiled.get(key) ?? compile(key, document, operationName ?? undefined);
          if (!('query' in entry)) return entry;
          // Variables are checked by graphql-js first: its refusals name the scalar's reason
          // ("a real date as YYYY-MM-DD"), graphql-jit's only the type, and some it throws.
          const variables = request.variables ?? {};
          const coerced = entry.variables.length ? getVariableValues(schema, entry.variables, variables, { maxErrors: 50 }) : undefined;
          if (coerced?.errors) return { errors: coerced.errors };
          const result = await entry.query.query(undefined, context, variables);
          return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
        },
      };
    },
    async stop() {},
  };
}
