import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Config } from '../config.js';
import type { GraphQLContext } from './context.js';

/**
 * Depth, alias, directive, token and cost limits, checked before any resolver runs, plus no
 * field suggestions (they leak the schema to someone probing without the explorer).
 */
export function graphqlProtection(config: Config) {
  const armor = new ApolloArmor({
    maxDepth: { n: config.GRAPHQL_MAX_DEPTH, ignoreIntrospection: true },
    maxAliases: { n: config.GRAPHQL_MAX_ALIASES },
    maxDirectives: { n: 50 },
    // graphql-armor's token check throws outside Apollo's parse step, which answers 500; the
    // parser's own limit (parseOptions below) fails the parse instead: a 400 GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    costLimit: { maxCost: config.GRAPHQL_MAX_COST, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: true },
  });
  const { plugins, validationRules } = armor.protect();
  // The package's types come from Apollo's CJS build; the plugins are the same at runtime.
  return {
    plugins: plugins as unknown as ApolloServerPlugin<GraphQLContext>[],
    validationRules,
    parseOptions: { maxLexicalTokens: config.GRAPHQL_MAX_TOKENS },
  };
}
