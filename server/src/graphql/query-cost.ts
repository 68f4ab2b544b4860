import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  valueFromAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type FieldNode,
  type SelectionSetNode,
} from 'graphql';

// Estimated work of an operation: every field costs 1, and a field's selections cost as many
// times as the rows it can return. Page sizes come from `first` (a literal, a variable's value
// or the argument's default), so the estimate is the same however the client writes it;
// lists without `first` count as ASSUMED_LIST_SIZE rows, except a connection's page of nodes. Fragments count where they are spread.

export const ASSUMED_LIST_SIZE = 10;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  spreading: Set<string>;
}

function pageSizeArgument(field: GraphQLField<unknown, unknown>, node: FieldNode, walk: Walk): number | undefined {
  const definition = field.args.find((arg) => arg.name === 'first');
  if (!definition) return undefined;
  const argument = node.arguments?.find((arg) => arg.name.value === 'first');
  const given = argument ? valueFromAST(argument.value, definition.type, walk.variables) : undefined;
  const value = given ?? definition.defaultValue;
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(value, 1) : ASSUMED_LIST_SIZE;
}

function fieldCost(parent: GraphQLCompositeType, node: FieldNode, walk: Walk): number {
  if (!isObjectType(parent) || node.name.value.startsWith('__')) return 0;
  const field = parent.getFields()[node.name.value];
  if (!field) return 0;
  const type = getNamedType(field.type);
  if (!node.selectionSet || !isCompositeType(type)) return 1;
  // A connection's `nodes` are the page its field's `first` already counted.
  const pageOfConnection = parent.name.endsWith('Connection');
  const list = isListType(getNullableType(field.type)) && !pageOfConnection;
  const rows = pageSizeArgument(field, node, walk) ?? (list ? ASSUMED_LIST_SIZE : 1);
  return 1 + rows * selectionCost(type, node.selectionSet, walk);
}

function selectionCost(parent: GraphQLCompositeType, selectionSet: SelectionSetNode, walk: Walk): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      cost += fieldCost(parent, selection, walk);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition && walk.schema.getType(selection.typeCondition.name.value);
      cost += selectionCost(condition && isCompositeType(condition) ? condition : parent, selection.selectionSet, walk);
    } else {
      const fragment = walk.fragments.get(selection.name.value);
      // A fragment that spreads itself is rejected by validation; it adds nothing here.
      if (!fragment || walk.spreading.has(fragment.name.value)) continue;
      const condition = walk.schema.getType(fragment.typeCondition.name.value);
      walk.spreading.add(fragment.name.value);
      cost += selectionCost(condition && isCompositeType(condition) ? condition : parent, fragment.selectionSet, walk);
      walk.spreading.delete(fragment.name.value);
    }
  }
  return cost;
}

/** The estimated cost of the operation `operationName` (or the only one) in `document`. */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const operation = document.definitions.find(
    (definition) =>
      definition.kind === Kind.OPERATION_DEFINITION && (!operationName || definition.name?.value === operationName),
  );
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return 0;
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  return selectionCost(root, operation.selectionSet, { schema, fragments, variables: variables ?? {}, spreading: new Set() });
}
