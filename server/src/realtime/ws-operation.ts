import {
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
} from 'graphql';
import type { Config } from '../config.js';
import { graphqlProtection } from '../graphql/protection.js';

/** A parse or validation error as HTTP answers it: with a code, and nothing else. */
function documentError(error: unknown, code: 'GRAPHQL_PARSE_FAILED' | 'GRAPHQL_VALIDATION_FAILED'): GraphQLError {
  const { message, nodes, source, positions } = error instanceof GraphQLError ? error : new GraphQLError('Invalid document');
  return new GraphQLError(message, { nodes, source, positions, extensions: { code } });
}

/**
 * Prepares an operation sent over the socket with the same limits HTTP applies (Apollo does
 * it there), before anything runs: tokens, validation with depth/alias/directive rules and no
 * suggestions, and cost. Returns the execution arguments or the errors to send.
 */
export function socketOperationPreparer(schema: GraphQLSchema, config: Config) {
  const protection = graphqlProtection(config);
  const rules = [...specifiedRules, ...protection.validationRules];
  return (payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null }):
    | Pick<ExecutionArgs, 'schema' | 'document' | 'operationName' | 'variableValues'>
    | GraphQLError[] => {
    let document: DocumentNode;
    try {
      document = parse(payload.query, protection.parseOptions);
    } catch (error) {
      return [documentError(error, 'GRAPHQL_PARSE_FAILED')];
    }
    let errors: readonly GraphQLError[];
    try {
      errors = validate(schema, document, rules, { hideSuggestions: true });
    } catch (error) {
      // graphql-armor's limit rules throw their rejection instead of reporting it.
      errors = [error as GraphQLError];
    }
    if (errors.length) return errors.map((error) => documentError(error, 'GRAPHQL_VALIDATION_FAILED'));
    try {
      protection.checkCost(schema, document, payload.operationName, payload.variables);
    } catch (error) {
      return [documentError(error, 'GRAPHQL_VALIDATION_FAILED')];
    }
    return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
  };
}
