// GraphQL documents shared by the integration tests, written the way a client would send them.

export const PERSONA_FIELDS = `
  fragment PersonaFields on Persona {
    id name handle niche voice style personality bio aesthetic
    platformStrategy { platforms postsPerWeek cadence goals }
    timeZone archivedAt createdAt updatedAt
  }`;

export const PLAN_FIELDS = `
  fragment PlanFields on ContentPlan {
    id title description startDate endDate frequency { count period } platforms targetPostCount
    persona { id } createdAt updatedAt
  }`;

export const ITEM_FIELDS = `
  fragment ItemFields on ContentItem {
    id title caption platform status scheduledAt publishedAt failureReason version
    persona { id } plan { id } createdAt updatedAt
  }`;

export const CREATE_PERSONA = `mutation CreatePersona($input: CreatePersonaInput!) { createPersona(input: $input) { ...PersonaFields } } ${PERSONA_FIELDS}`;
export const UPDATE_PERSONA = `mutation UpdatePersona($id: ID!, $input: UpdatePersonaInput!) { updatePersona(id: $id, input: $input) { ...PersonaFields } } ${PERSONA_FIELDS}`;
export const ARCHIVE_PERSONA = `mutation ArchivePersona($id: ID!) { archivePersona(id: $id) { ...PersonaFields } } ${PERSONA_FIELDS}`;
export const UNARCHIVE_PERSONA = `mutation UnarchivePersona($id: ID!) { unarchivePersona(id: $id) { ...PersonaFields } } ${PERSONA_FIELDS}`;
export const CREATE_DEMO_PERSONA = `mutation CreateDemoPersona { createDemoPersona { ...PersonaFields contentPlans { ...PlanFields } recentItems(first: 20) { ...ItemFields } } } ${PERSONA_FIELDS} ${PLAN_FIELDS} ${ITEM_FIELDS}`;
export const PERSONA = `query Persona($id: ID!) { persona(id: $id) { ...PersonaFields } } ${PERSONA_FIELDS}`;
export const PERSONAS = `query Personas($includeArchived: Boolean, $first: Int, $after: String) {
  personas(includeArchived: $includeArchived, first: $first, after: $after) {
    nodes { ...PersonaFields }
    pageInfo { hasNextPage endCursor }
  }
} ${PERSONA_FIELDS}`;
export const PERSONA_ITEM_COUNTS = `query PersonaItemCounts($id: ID!) {
  persona(id: $id) { itemCounts { idea draft ready scheduled posted failed total } }
}`;

export const CREATE_PLAN = `mutation CreatePlan($input: CreateContentPlanInput!) { createContentPlan(input: $input) { ...PlanFields } } ${PLAN_FIELDS}`;
export const UPDATE_PLAN = `mutation UpdatePlan($id: ID!, $input: UpdateContentPlanInput!) { updateContentPlan(id: $id, input: $input) { ...PlanFields } } ${PLAN_FIELDS}`;
export const DELETE_PLAN = `mutation DeletePlan($id: ID!) { deleteContentPlan(id: $id) { id } }`;
export const PLAN = `query Plan($id: ID!) { contentPlan(id: $id) { ...PlanFields } } ${PLAN_FIELDS}`;

export const CREATE_ITEM = `mutation CreateItem($input: CreateContentItemInput!) { createContentItem(input: $input) { ...ItemFields } } ${ITEM_FIELDS}`;
export const UPDATE_ITEM = `mutation UpdateItem($id: ID!, $input: UpdateContentItemInput!) { updateContentItem(id: $id, input: $input) { ...ItemFields } } ${ITEM_FIELDS}`;
export const MOVE_ITEM = `mutation MoveItem($id: ID!, $to: ContentItemStatus!, $expectedVersion: Int!, $reason: String) {
  moveContentItem(id: $id, to: $to, expectedVersion: $expectedVersion, reason: $reason) { ...ItemFields }
} ${ITEM_FIELDS}`;
export const STATUS_CHANGE_FIELDS = `
  fragment StatusChangeFields on StatusChange { id from to changedAt actor { kind name } reason }`;
export const ITEM_HISTORY = `query ItemHistory($id: ID!) {
  contentItem(id: $id) { status version failureReason statusHistory { ...StatusChangeFields } }
} ${STATUS_CHANGE_FIELDS}`;
export const DELETE_ITEM = `mutation DeleteItem($id: ID!) { deleteContentItem(id: $id) { id } }`;
export const ITEM = `query Item($id: ID!) { contentItem(id: $id) { ...ItemFields } } ${ITEM_FIELDS}`;
export const ITEMS = `query Items($filter: ContentItemFilter, $orderBy: ContentItemOrder, $first: Int, $after: String) {
  contentItems(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    nodes { ...ItemFields }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
} ${ITEM_FIELDS}`;

export const STATUS_CHANGED = `subscription StatusChanged($personaId: ID) {
  contentItemStatusChanged(personaId: $personaId) {
    item { id status version persona { id } }
    previousStatus newStatus changedAt
    change { ...StatusChangeFields }
  }
} ${STATUS_CHANGE_FIELDS}`;
export const ITEM_CHANGED = `subscription ItemChanged($personaId: ID) {
  contentItemChanged(personaId: $personaId) { kind itemId personaId item { id title status version } }
}`;
