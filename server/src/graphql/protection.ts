import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Config } from '../config.js';
import type { GraphQLContext } from './context.js';
import { boundedIntrospection, oneSensitiveMutation } from './operation-limits.js';
import { queryCost } from './query-cost.js';

/**
 * Limits checked before any resolver runs, the same over HTTP and WebSocket: depth, aliases
 * and directives (graphql-armor validation rules), tokens (the parser's own limit), cost
 * (query-cost.ts, which knows page sizes), one sensitive mutation per document and bounded
 * introspection (operation-limits.ts), and no field suggestions (they leak the schema to
 * someone probing without the explorer).
 */
export function graphqlProtection(config: Config) {
  const armor = new ApolloArmor({
    // Depth counts fields only: a fragment spread is not a level, so components can share fragments.
    maxDepth: { n: config.GRAPHQL_MAX_DEPTH, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: config.GRAPHQL_MAX_ALIASES },
    maxDirectives: { n: 50 },
    // graphql-armor's token check throws outside Apollo's parse step, which answers 500; the
    // parser's own limit (parseOptions below) fails the parse instead: a 400 GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    // Its static cost ignores page sizes passed as variables; query-cost.ts does not.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  });
  const { plugins, validationRules } = armor.protect();

  function checkCost(
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | null | undefined,
  ): void {
    const cost = queryCost(schema, document, operationName, variables);
    if (cost > config.GRAPHQL_MAX_COST) {
      throw new GraphQLError(`Query cost ${cost} exceeds the limit of ${config.GRAPHQL_MAX_COST}; ask for smaller pages`, {
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
      });
    }
  }

  const costPlugin: ApolloServerPlugin<GraphQLContext> = {
    requestDidStart: async () => ({
      didResolveOperation: async ({ schema, document, operationName, request }) =>
        checkCost(schema, document, operationName, request.variables),
    }),
  };

  return {
    // The package's types come from Apollo's CJS build; the plugins are the same at runtime.
    plugins: [...(plugins as unknown as ApolloServerPlugin<GraphQLContext>[]), costPlugin],
    validationRules: [...validationRules, oneSensitiveMutation, boundedIntrospection],
    parseOptions: { maxLexicalTokens: config.GRAPHQL_MAX_TOKENS },
    checkCost,
  };
}
