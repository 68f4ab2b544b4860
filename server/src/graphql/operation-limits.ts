import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

// Two validation rules the generic limits (depth, aliases, cost) do not cover, checked before
// any resolver runs, over HTTP and WebSocket alike.

/**
 * Mutations that hash a password or send an email: aliases would multiply their cost (15
 * sign-ups in one document were 15 argon2 hashes) and sidestep per-request rate limits.
 */
export const SENSITIVE_MUTATIONS: ReadonlySet<string> = new Set([
  'signUp',
  'signIn',
  'requestPasswordReset',
  'resetPassword',
  'verifyEmail',
  'resendVerificationEmail',
  'changePassword',
]);

function refuse(message: string) {
  return new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
}

/** At most one sensitive mutation field per document. */
export function oneSensitiveMutation(context: ValidationContext): ASTVisitor {
  let seen = 0;
  return {
    OperationDefinition(node) {
      if (node.operation !== 'mutation') return;
      for (const selection of node.selectionSet.selections) {
        if (selection.kind === Kind.FIELD && SENSITIVE_MUTATIONS.has(selection.name.value)) seen += 1;
      }
      if (seen > 1) {
        context.reportError(refuse(`At most one of ${[...SENSITIVE_MUTATIONS].join(', ')} per request`));
      }
    },
  };
}

/** Deep enough for every introspection query tools send (graphql-js's full one is 15 deep). */
export const MAX_INTROSPECTION_DEPTH = 16;
const MAX_SCHEMA_FIELDS = 1;
const MAX_TYPE_FIELDS = 10;

/**
 * Introspection is bounded like any other query: the depth rule leaves it alone (tools need
 * 15 levels), so here its depth is capped just above what tools use, and a document may ask
 * for the whole schema once (a 40-level `ofType` chain under 15 aliases answered 482 kB).
 */
export function boundedIntrospection(context: ValidationContext): ASTVisitor {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const depthOf = (selectionSet: SelectionSetNode, visiting: Set<string>): number => {
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        deepest = Math.max(deepest, 1 + (selection.selectionSet ? depthOf(selection.selectionSet, visiting) : 0));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, visiting));
      } else {
        const fragment = fragments.get(selection.name.value);
        // A fragment cycle is reported by graphql-js's own rule; here it simply ends the walk.
        if (!fragment || visiting.has(fragment.name.value)) continue;
        deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set(visiting).add(fragment.name.value)));
      }
    }
    return deepest;
  };
  let schemaFields = 0;
  let typeFields = 0;
  return {
    Field(node) {
      if (node.name.value !== '__schema' && node.name.value !== '__type') return;
      if (node.name.value === '__schema') schemaFields += 1;
      else typeFields += 1;
      if (schemaFields === MAX_SCHEMA_FIELDS + 1) context.reportError(refuse(`At most ${MAX_SCHEMA_FIELDS} __schema per request`));
      if (typeFields === MAX_TYPE_FIELDS + 1) context.reportError(refuse(`At most ${MAX_TYPE_FIELDS} __type per request`));
      const depth = 1 + (node.selectionSet ? depthOf(node.selectionSet, new Set()) : 0);
      if (depth > MAX_INTROSPECTION_DEPTH) {
        context.reportError(refuse(`Introspection depth ${depth} exceeds the limit of ${MAX_INTROSPECTION_DEPTH}`));
      }
    },
  };
}
