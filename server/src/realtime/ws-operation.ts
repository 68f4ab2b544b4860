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
import { documentToRun, untrustedDocumentRefusal, type DocumentPolicy, type DocumentRefusal, type TrustedDocuments } from '../graphql/trusted-documents.js';

/** A parse or validation error as HTTP answers it: with a code, and nothing else. */
function documentError(error: unknown, code: 'GRAPHQL_PARSE_FAILED' | 'GRAPHQL_VALIDATION_FAILED'): GraphQLError {
  const { message, nodes, source, positions } = error instanceof GraphQLError ? error : new GraphQLError('Invalid document');
  return new GraphQLError(message, { nodes, source, positions, extensions: { code } });
}

function refusalError(refusal: DocumentRefusal): GraphQLError {
  return new GraphQLError(refusal.message, { extensions: { code: refusal.code } });
}

/** Distinct valid documents kept parsed; the app sends a handful, so this is never reached by it. */
const DOCUMENT_CACHE_SIZE = 100;

/**
 * Prepares an operation sent over the socket with the same limits HTTP applies (Apollo does
 * it there), before anything runs: tokens, validation with depth/alias/directive rules and no
 * suggestions, and cost. Returns the execution arguments or the errors to send.
 *
 * Valid documents are cached by their text, as Apollo's document store does over HTTP: every
 * socket of every tab sends the same few subscriptions, and a parsed document (which keeps
 * every token for its locations) costs more memory than the rest of a subscription together.
 * Cost depends on the variables, so it is checked every time.
 */
export function socketOperationPreparer(
  schema: GraphQLSchema,
  config: Config,
  trusted: { documents: TrustedDocuments; policy: DocumentPolicy },
) {
  const protection = graphqlProtection(config);
  const rules = [...specifiedRules, ...protection.validationRules];
  const documents = new Map<string, DocumentNode>();
  const validDocument = (query: string): DocumentNode | GraphQLError[] => {
    const cached = documents.get(query);
    if (cached) {
      // Most recently used last, so the first key is the one to evict.
      documents.delete(query);
      documents.set(query, cached);
      return cached;
    }
    let document: DocumentNode;
    try {
      document = parse(query, protection.parseOptions);
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
    if (documents.size >= DOCUMENT_CACHE_SIZE) documents.delete(documents.keys().next().value!);
    documents.set(query, document);
    return document;
  };
  return (payload: {
    query: string;
    operationName?: string | null;
    variables?: Record<string, unknown> | null;
    extensions?: Record<string, unknown> | null;
  }): Pick<ExecutionArgs, 'schema' | 'document' | 'operationName' | 'variableValues'> | GraphQLError[] => {
    // A socket is always signed in; a trusted document's hash picks the manifest's text.
    const resolved = documentToRun(trusted.documents, payload);
    if ('code' in resolved) return [refusalError(resolved)];
    const refusal = resolved.trusted ? null : untrustedDocumentRefusal(trusted.policy, true);
    if (refusal) return [refusalError(refusal)];
    const document = validDocument(resolved.query ?? '');
    if (Array.isArray(document)) return document;
    try {
      protection.checkCost(schema, document, payload.operationName, payload.variables);
    } catch (error) {
      return [documentError(error, 'GRAPHQL_VALIDATION_FAILED')];
    }
    return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
  };
}
