/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ProfileForm_viewer on Viewer {\n    id\n    email\n    profile {\n      displayName\n      timeZone\n      updatedAt\n    }\n  }\n": typeof types.ProfileForm_ViewerFragmentDoc,
    "\n  fragment UserMenu_viewer on Viewer {\n    id\n    email\n    profile {\n      displayName\n    }\n  }\n": typeof types.UserMenu_ViewerFragmentDoc,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      viewer {\n        id\n        ...UserMenu_viewer\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      viewer {\n        id\n        ...UserMenu_viewer\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      displayName\n      timeZone\n      updatedAt\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  query ProfilePage {\n    viewer {\n      id\n      ...ProfileForm_viewer\n    }\n  }\n": typeof types.ProfilePageDocument,
    "\n  query SessionViewer {\n    viewer {\n      id\n      ...UserMenu_viewer\n    }\n  }\n": typeof types.SessionViewerDocument,
    "\n  fragment ContentItemForm_item on ContentItem {\n    id\n    title\n    caption\n    platform\n    status\n    scheduledAt\n    persona {\n      id\n      timeZone\n    }\n    plan {\n      id\n    }\n  }\n": typeof types.ContentItemForm_ItemFragmentDoc,
    "\n  fragment ContentItemRow_item on ContentItem {\n    id\n    title\n    caption\n    platform\n    status\n    scheduledAt\n    publishedAt\n    failureReason\n    persona {\n      id\n      name\n      handle\n      timeZone\n    }\n    plan {\n      id\n      title\n    }\n  }\n": typeof types.ContentItemRow_ItemFragmentDoc,
    "\n  mutation CreateContentItem($input: CreateContentItemInput!) {\n    createContentItem(input: $input) {\n      id\n      ...ContentItemRow_item\n    }\n  }\n": typeof types.CreateContentItemDocument,
    "\n  mutation DeleteContentItem($id: ID!) {\n    deleteContentItem(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteContentItemDocument,
    "\n  query PersonaPlanOptions($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      contentPlans(first: 100) {\n        id\n        title\n      }\n    }\n  }\n": typeof types.PersonaPlanOptionsDocument,
    "\n  mutation UpdateContentItem($id: ID!, $input: UpdateContentItemInput!) {\n    updateContentItem(id: $id, input: $input) {\n      id\n      updatedAt\n      ...ContentItemRow_item\n      ...ContentItemForm_item\n    }\n  }\n": typeof types.UpdateContentItemDocument,
    "\n  query ContentListPage($filter: ContentItemFilter!, $orderBy: ContentItemOrder!, $first: Int!, $after: String) {\n    personas(includeArchived: true, first: 100) {\n      nodes {\n        id\n        name\n        handle\n        timeZone\n      }\n    }\n    contentItems(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...ContentItemRow_item\n        ...ContentItemForm_item\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ContentListPageDocument,
    "\n  fragment PersonaCard_persona on Persona {\n    id\n    name\n    handle\n    niche\n    archivedAt\n    platformStrategy {\n      platforms\n    }\n    itemCounts {\n      idea\n      draft\n      ready\n      scheduled\n      posted\n      failed\n      total\n    }\n  }\n": typeof types.PersonaCard_PersonaFragmentDoc,
    "\n  fragment PersonaForm_persona on Persona {\n    id\n    name\n    handle\n    niche\n    voice\n    style\n    personality\n    bio\n    aesthetic\n    timeZone\n    platformStrategy {\n      platforms\n      postsPerWeek\n      cadence\n      goals\n    }\n  }\n": typeof types.PersonaForm_PersonaFragmentDoc,
    "\n  fragment PersonaProfile_persona on Persona {\n    id\n    niche\n    bio\n    voice\n    style\n    personality\n    aesthetic\n    timeZone\n    platformStrategy {\n      platforms\n      postsPerWeek\n      cadence\n      goals\n    }\n  }\n": typeof types.PersonaProfile_PersonaFragmentDoc,
    "\n  fragment PersonaRecentItems_persona on Persona {\n    id\n    timeZone\n    recentItems(first: 5) {\n      id\n      title\n      platform\n      status\n      scheduledAt\n      plan {\n        id\n        title\n      }\n    }\n  }\n": typeof types.PersonaRecentItems_PersonaFragmentDoc,
    "\n  mutation ArchivePersona($id: ID!) {\n    archivePersona(id: $id) {\n      id\n      archivedAt\n      updatedAt\n    }\n  }\n": typeof types.ArchivePersonaDocument,
    "\n  mutation UnarchivePersona($id: ID!) {\n    unarchivePersona(id: $id) {\n      id\n      archivedAt\n      updatedAt\n    }\n  }\n": typeof types.UnarchivePersonaDocument,
    "\n  mutation CreateDemoPersona {\n    createDemoPersona {\n      id\n      ...PersonaCard_persona\n    }\n  }\n": typeof types.CreateDemoPersonaDocument,
    "\n  mutation CreatePersona($input: CreatePersonaInput!) {\n    createPersona(input: $input) {\n      id\n      ...PersonaCard_persona\n    }\n  }\n": typeof types.CreatePersonaDocument,
    "\n  mutation UpdatePersona($id: ID!, $input: UpdatePersonaInput!) {\n    updatePersona(id: $id, input: $input) {\n      id\n      updatedAt\n      ...PersonaForm_persona\n    }\n  }\n": typeof types.UpdatePersonaDocument,
    "\n  query PersonaDetailPage($id: ID!) {\n    persona(id: $id) {\n      id\n      name\n      handle\n      archivedAt\n      itemCounts {\n        idea\n        draft\n        ready\n        scheduled\n        posted\n        failed\n        total\n      }\n      ...PersonaProfile_persona\n      ...PersonaRecentItems_persona\n    }\n  }\n": typeof types.PersonaDetailPageDocument,
    "\n  query PersonaEditPage($id: ID!) {\n    persona(id: $id) {\n      id\n      name\n      timeZone\n      ...PersonaForm_persona\n    }\n  }\n": typeof types.PersonaEditPageDocument,
    "\n  query PersonaListPage($includeArchived: Boolean!, $first: Int!, $after: String) {\n    personas(includeArchived: $includeArchived, first: $first, after: $after) {\n      nodes {\n        id\n        ...PersonaCard_persona\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PersonaListPageDocument,
    "\n  query PersonaNewPage {\n    viewer {\n      id\n      profile {\n        timeZone\n      }\n    }\n  }\n": typeof types.PersonaNewPageDocument,
    "\n  fragment PlanForm_plan on ContentPlan {\n    id\n    title\n    description\n    startDate\n    endDate\n    frequency {\n      count\n      period\n    }\n    platforms\n  }\n": typeof types.PlanForm_PlanFragmentDoc,
    "\n  fragment PlanItemList_plan on ContentPlan {\n    id\n    persona {\n      id\n      timeZone\n    }\n    items(first: 100) {\n      id\n      title\n      platform\n      status\n      scheduledAt\n    }\n  }\n": typeof types.PlanItemList_PlanFragmentDoc,
    "\n  fragment PlanListItem_plan on ContentPlan {\n    id\n    title\n    startDate\n    endDate\n    frequency {\n      count\n      period\n    }\n    targetPostCount\n    itemCounts {\n      total\n      posted\n    }\n  }\n": typeof types.PlanListItem_PlanFragmentDoc,
    "\n  mutation CreateContentPlan($input: CreateContentPlanInput!) {\n    createContentPlan(input: $input) {\n      id\n      ...PlanListItem_plan\n    }\n  }\n": typeof types.CreateContentPlanDocument,
    "\n  mutation DeleteContentPlan($id: ID!) {\n    deleteContentPlan(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteContentPlanDocument,
    "\n  mutation UpdateContentPlan($id: ID!, $input: UpdateContentPlanInput!) {\n    updateContentPlan(id: $id, input: $input) {\n      id\n      ...PlanForm_plan\n      targetPostCount\n      updatedAt\n      persona {\n        id\n      }\n    }\n  }\n": typeof types.UpdateContentPlanDocument,
    "\n  query PersonaPlansSection($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      contentPlans(first: 40) {\n        id\n        ...PlanListItem_plan\n      }\n    }\n  }\n": typeof types.PersonaPlansSectionDocument,
    "\n  query PlanDetailPage($id: ID!) {\n    contentPlan(id: $id) {\n      id\n      title\n      description\n      startDate\n      endDate\n      frequency {\n        count\n        period\n      }\n      platforms\n      targetPostCount\n      itemCounts {\n        idea\n        draft\n        ready\n        scheduled\n        posted\n        failed\n        total\n      }\n      persona {\n        id\n        name\n        handle\n      }\n      ...PlanItemList_plan\n    }\n  }\n": typeof types.PlanDetailPageDocument,
    "\n  query PlanEditPage($id: ID!) {\n    contentPlan(id: $id) {\n      id\n      title\n      targetPostCount\n      persona {\n        id\n        name\n        platformStrategy {\n          platforms\n        }\n      }\n      ...PlanForm_plan\n    }\n  }\n": typeof types.PlanEditPageDocument,
    "\n  query PlanNewPage($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      name\n      handle\n      platformStrategy {\n        platforms\n      }\n    }\n  }\n": typeof types.PlanNewPageDocument,
};
const documents: Documents = {
    "\n  fragment ProfileForm_viewer on Viewer {\n    id\n    email\n    profile {\n      displayName\n      timeZone\n      updatedAt\n    }\n  }\n": types.ProfileForm_ViewerFragmentDoc,
    "\n  fragment UserMenu_viewer on Viewer {\n    id\n    email\n    profile {\n      displayName\n    }\n  }\n": types.UserMenu_ViewerFragmentDoc,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      viewer {\n        id\n        ...UserMenu_viewer\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      viewer {\n        id\n        ...UserMenu_viewer\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      displayName\n      timeZone\n      updatedAt\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  query ProfilePage {\n    viewer {\n      id\n      ...ProfileForm_viewer\n    }\n  }\n": types.ProfilePageDocument,
    "\n  query SessionViewer {\n    viewer {\n      id\n      ...UserMenu_viewer\n    }\n  }\n": types.SessionViewerDocument,
    "\n  fragment ContentItemForm_item on ContentItem {\n    id\n    title\n    caption\n    platform\n    status\n    scheduledAt\n    persona {\n      id\n      timeZone\n    }\n    plan {\n      id\n    }\n  }\n": types.ContentItemForm_ItemFragmentDoc,
    "\n  fragment ContentItemRow_item on ContentItem {\n    id\n    title\n    caption\n    platform\n    status\n    scheduledAt\n    publishedAt\n    failureReason\n    persona {\n      id\n      name\n      handle\n      timeZone\n    }\n    plan {\n      id\n      title\n    }\n  }\n": types.ContentItemRow_ItemFragmentDoc,
    "\n  mutation CreateContentItem($input: CreateContentItemInput!) {\n    createContentItem(input: $input) {\n      id\n      ...ContentItemRow_item\n    }\n  }\n": types.CreateContentItemDocument,
    "\n  mutation DeleteContentItem($id: ID!) {\n    deleteContentItem(id: $id) {\n      id\n    }\n  }\n": types.DeleteContentItemDocument,
    "\n  query PersonaPlanOptions($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      contentPlans(first: 100) {\n        id\n        title\n      }\n    }\n  }\n": types.PersonaPlanOptionsDocument,
    "\n  mutation UpdateContentItem($id: ID!, $input: UpdateContentItemInput!) {\n    updateContentItem(id: $id, input: $input) {\n      id\n      updatedAt\n      ...ContentItemRow_item\n      ...ContentItemForm_item\n    }\n  }\n": types.UpdateContentItemDocument,
    "\n  query ContentListPage($filter: ContentItemFilter!, $orderBy: ContentItemOrder!, $first: Int!, $after: String) {\n    personas(includeArchived: true, first: 100) {\n      nodes {\n        id\n        name\n        handle\n        timeZone\n      }\n    }\n    contentItems(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...ContentItemRow_item\n        ...ContentItemForm_item\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ContentListPageDocument,
    "\n  fragment PersonaCard_persona on Persona {\n    id\n    name\n    handle\n    niche\n    archivedAt\n    platformStrategy {\n      platforms\n    }\n    itemCounts {\n      idea\n      draft\n      ready\n      scheduled\n      posted\n      failed\n      total\n    }\n  }\n": types.PersonaCard_PersonaFragmentDoc,
    "\n  fragment PersonaForm_persona on Persona {\n    id\n    name\n    handle\n    niche\n    voice\n    style\n    personality\n    bio\n    aesthetic\n    timeZone\n    platformStrategy {\n      platforms\n      postsPerWeek\n      cadence\n      goals\n    }\n  }\n": types.PersonaForm_PersonaFragmentDoc,
    "\n  fragment PersonaProfile_persona on Persona {\n    id\n    niche\n    bio\n    voice\n    style\n    personality\n    aesthetic\n    timeZone\n    platformStrategy {\n      platforms\n      postsPerWeek\n      cadence\n      goals\n    }\n  }\n": types.PersonaProfile_PersonaFragmentDoc,
    "\n  fragment PersonaRecentItems_persona on Persona {\n    id\n    timeZone\n    recentItems(first: 5) {\n      id\n      title\n      platform\n      status\n      scheduledAt\n      plan {\n        id\n        title\n      }\n    }\n  }\n": types.PersonaRecentItems_PersonaFragmentDoc,
    "\n  mutation ArchivePersona($id: ID!) {\n    archivePersona(id: $id) {\n      id\n      archivedAt\n      updatedAt\n    }\n  }\n": types.ArchivePersonaDocument,
    "\n  mutation UnarchivePersona($id: ID!) {\n    unarchivePersona(id: $id) {\n      id\n      archivedAt\n      updatedAt\n    }\n  }\n": types.UnarchivePersonaDocument,
    "\n  mutation CreateDemoPersona {\n    createDemoPersona {\n      id\n      ...PersonaCard_persona\n    }\n  }\n": types.CreateDemoPersonaDocument,
    "\n  mutation CreatePersona($input: CreatePersonaInput!) {\n    createPersona(input: $input) {\n      id\n      ...PersonaCard_persona\n    }\n  }\n": types.CreatePersonaDocument,
    "\n  mutation UpdatePersona($id: ID!, $input: UpdatePersonaInput!) {\n    updatePersona(id: $id, input: $input) {\n      id\n      updatedAt\n      ...PersonaForm_persona\n    }\n  }\n": types.UpdatePersonaDocument,
    "\n  query PersonaDetailPage($id: ID!) {\n    persona(id: $id) {\n      id\n      name\n      handle\n      archivedAt\n      itemCounts {\n        idea\n        draft\n        ready\n        scheduled\n        posted\n        failed\n        total\n      }\n      ...PersonaProfile_persona\n      ...PersonaRecentItems_persona\n    }\n  }\n": types.PersonaDetailPageDocument,
    "\n  query PersonaEditPage($id: ID!) {\n    persona(id: $id) {\n      id\n      name\n      timeZone\n      ...PersonaForm_persona\n    }\n  }\n": types.PersonaEditPageDocument,
    "\n  query PersonaListPage($includeArchived: Boolean!, $first: Int!, $after: String) {\n    personas(includeArchived: $includeArchived, first: $first, after: $after) {\n      nodes {\n        id\n        ...PersonaCard_persona\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PersonaListPageDocument,
    "\n  query PersonaNewPage {\n    viewer {\n      id\n      profile {\n        timeZone\n      }\n    }\n  }\n": types.PersonaNewPageDocument,
    "\n  fragment PlanForm_plan on ContentPlan {\n    id\n    title\n    description\n    startDate\n    endDate\n    frequency {\n      count\n      period\n    }\n    platforms\n  }\n": types.PlanForm_PlanFragmentDoc,
    "\n  fragment PlanItemList_plan on ContentPlan {\n    id\n    persona {\n      id\n      timeZone\n    }\n    items(first: 100) {\n      id\n      title\n      platform\n      status\n      scheduledAt\n    }\n  }\n": types.PlanItemList_PlanFragmentDoc,
    "\n  fragment PlanListItem_plan on ContentPlan {\n    id\n    title\n    startDate\n    endDate\n    frequency {\n      count\n      period\n    }\n    targetPostCount\n    itemCounts {\n      total\n      posted\n    }\n  }\n": types.PlanListItem_PlanFragmentDoc,
    "\n  mutation CreateContentPlan($input: CreateContentPlanInput!) {\n    createContentPlan(input: $input) {\n      id\n      ...PlanListItem_plan\n    }\n  }\n": types.CreateContentPlanDocument,
    "\n  mutation DeleteContentPlan($id: ID!) {\n    deleteContentPlan(id: $id) {\n      id\n    }\n  }\n": types.DeleteContentPlanDocument,
    "\n  mutation UpdateContentPlan($id: ID!, $input: UpdateContentPlanInput!) {\n    updateContentPlan(id: $id, input: $input) {\n      id\n      ...PlanForm_plan\n      targetPostCount\n      updatedAt\n      persona {\n        id\n      }\n    }\n  }\n": types.UpdateContentPlanDocument,
    "\n  query PersonaPlansSection($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      contentPlans(first: 40) {\n        id\n        ...PlanListItem_plan\n      }\n    }\n  }\n": types.PersonaPlansSectionDocument,
    "\n  query PlanDetailPage($id: ID!) {\n    contentPlan(id: $id) {\n      id\n      title\n      description\n      startDate\n      endDate\n      frequency {\n        count\n        period\n      }\n      platforms\n      targetPostCount\n      itemCounts {\n        idea\n        draft\n        ready\n        scheduled\n        posted\n        failed\n        total\n      }\n      persona {\n        id\n        name\n        handle\n      }\n      ...PlanItemList_plan\n    }\n  }\n": types.PlanDetailPageDocument,
    "\n  query PlanEditPage($id: ID!) {\n    contentPlan(id: $id) {\n      id\n      title\n      targetPostCount\n      persona {\n        id\n        name\n        platformStrategy {\n          platforms\n        }\n      }\n      ...PlanForm_plan\n    }\n  }\n": types.PlanEditPageDocument,
    "\n  query PlanNewPage($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      name\n      handle\n      platformStrategy {\n        platforms\n      }\n    }\n  }\n": types.PlanNewPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileForm_viewer on Viewer {\n    id\n    email\n    profile {\n      displayName\n      timeZone\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  fragment ProfileForm_viewer on Viewer {\n    id\n    email\n    profile {\n      displayName\n      timeZone\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserMenu_viewer on Viewer {\n    id\n    email\n    profile {\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment UserMenu_viewer on Viewer {\n    id\n    email\n    profile {\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      viewer {\n        id\n        ...UserMenu_viewer\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      viewer {\n        id\n        ...UserMenu_viewer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      viewer {\n        id\n        ...UserMenu_viewer\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      viewer {\n        id\n        ...UserMenu_viewer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      displayName\n      timeZone\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      displayName\n      timeZone\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfilePage {\n    viewer {\n      id\n      ...ProfileForm_viewer\n    }\n  }\n"): (typeof documents)["\n  query ProfilePage {\n    viewer {\n      id\n      ...ProfileForm_viewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionViewer {\n    viewer {\n      id\n      ...UserMenu_viewer\n    }\n  }\n"): (typeof documents)["\n  query SessionViewer {\n    viewer {\n      id\n      ...UserMenu_viewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContentItemForm_item on ContentItem {\n    id\n    title\n    caption\n    platform\n    status\n    scheduledAt\n    persona {\n      id\n      timeZone\n    }\n    plan {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment ContentItemForm_item on ContentItem {\n    id\n    title\n    caption\n    platform\n    status\n    scheduledAt\n    persona {\n      id\n      timeZone\n    }\n    plan {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContentItemRow_item on ContentItem {\n    id\n    title\n    caption\n    platform\n    status\n    scheduledAt\n    publishedAt\n    failureReason\n    persona {\n      id\n      name\n      handle\n      timeZone\n    }\n    plan {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment ContentItemRow_item on ContentItem {\n    id\n    title\n    caption\n    platform\n    status\n    scheduledAt\n    publishedAt\n    failureReason\n    persona {\n      id\n      name\n      handle\n      timeZone\n    }\n    plan {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContentItem($input: CreateContentItemInput!) {\n    createContentItem(input: $input) {\n      id\n      ...ContentItemRow_item\n    }\n  }\n"): (typeof documents)["\n  mutation CreateContentItem($input: CreateContentItemInput!) {\n    createContentItem(input: $input) {\n      id\n      ...ContentItemRow_item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteContentItem($id: ID!) {\n    deleteContentItem(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteContentItem($id: ID!) {\n    deleteContentItem(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonaPlanOptions($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      contentPlans(first: 100) {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonaPlanOptions($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      contentPlans(first: 100) {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContentItem($id: ID!, $input: UpdateContentItemInput!) {\n    updateContentItem(id: $id, input: $input) {\n      id\n      updatedAt\n      ...ContentItemRow_item\n      ...ContentItemForm_item\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContentItem($id: ID!, $input: UpdateContentItemInput!) {\n    updateContentItem(id: $id, input: $input) {\n      id\n      updatedAt\n      ...ContentItemRow_item\n      ...ContentItemForm_item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentListPage($filter: ContentItemFilter!, $orderBy: ContentItemOrder!, $first: Int!, $after: String) {\n    personas(includeArchived: true, first: 100) {\n      nodes {\n        id\n        name\n        handle\n        timeZone\n      }\n    }\n    contentItems(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...ContentItemRow_item\n        ...ContentItemForm_item\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContentListPage($filter: ContentItemFilter!, $orderBy: ContentItemOrder!, $first: Int!, $after: String) {\n    personas(includeArchived: true, first: 100) {\n      nodes {\n        id\n        name\n        handle\n        timeZone\n      }\n    }\n    contentItems(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...ContentItemRow_item\n        ...ContentItemForm_item\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonaCard_persona on Persona {\n    id\n    name\n    handle\n    niche\n    archivedAt\n    platformStrategy {\n      platforms\n    }\n    itemCounts {\n      idea\n      draft\n      ready\n      scheduled\n      posted\n      failed\n      total\n    }\n  }\n"): (typeof documents)["\n  fragment PersonaCard_persona on Persona {\n    id\n    name\n    handle\n    niche\n    archivedAt\n    platformStrategy {\n      platforms\n    }\n    itemCounts {\n      idea\n      draft\n      ready\n      scheduled\n      posted\n      failed\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonaForm_persona on Persona {\n    id\n    name\n    handle\n    niche\n    voice\n    style\n    personality\n    bio\n    aesthetic\n    timeZone\n    platformStrategy {\n      platforms\n      postsPerWeek\n      cadence\n      goals\n    }\n  }\n"): (typeof documents)["\n  fragment PersonaForm_persona on Persona {\n    id\n    name\n    handle\n    niche\n    voice\n    style\n    personality\n    bio\n    aesthetic\n    timeZone\n    platformStrategy {\n      platforms\n      postsPerWeek\n      cadence\n      goals\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonaProfile_persona on Persona {\n    id\n    niche\n    bio\n    voice\n    style\n    personality\n    aesthetic\n    timeZone\n    platformStrategy {\n      platforms\n      postsPerWeek\n      cadence\n      goals\n    }\n  }\n"): (typeof documents)["\n  fragment PersonaProfile_persona on Persona {\n    id\n    niche\n    bio\n    voice\n    style\n    personality\n    aesthetic\n    timeZone\n    platformStrategy {\n      platforms\n      postsPerWeek\n      cadence\n      goals\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonaRecentItems_persona on Persona {\n    id\n    timeZone\n    recentItems(first: 5) {\n      id\n      title\n      platform\n      status\n      scheduledAt\n      plan {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PersonaRecentItems_persona on Persona {\n    id\n    timeZone\n    recentItems(first: 5) {\n      id\n      title\n      platform\n      status\n      scheduledAt\n      plan {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchivePersona($id: ID!) {\n    archivePersona(id: $id) {\n      id\n      archivedAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchivePersona($id: ID!) {\n    archivePersona(id: $id) {\n      id\n      archivedAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnarchivePersona($id: ID!) {\n    unarchivePersona(id: $id) {\n      id\n      archivedAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UnarchivePersona($id: ID!) {\n    unarchivePersona(id: $id) {\n      id\n      archivedAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDemoPersona {\n    createDemoPersona {\n      id\n      ...PersonaCard_persona\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDemoPersona {\n    createDemoPersona {\n      id\n      ...PersonaCard_persona\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePersona($input: CreatePersonaInput!) {\n    createPersona(input: $input) {\n      id\n      ...PersonaCard_persona\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePersona($input: CreatePersonaInput!) {\n    createPersona(input: $input) {\n      id\n      ...PersonaCard_persona\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePersona($id: ID!, $input: UpdatePersonaInput!) {\n    updatePersona(id: $id, input: $input) {\n      id\n      updatedAt\n      ...PersonaForm_persona\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePersona($id: ID!, $input: UpdatePersonaInput!) {\n    updatePersona(id: $id, input: $input) {\n      id\n      updatedAt\n      ...PersonaForm_persona\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonaDetailPage($id: ID!) {\n    persona(id: $id) {\n      id\n      name\n      handle\n      archivedAt\n      itemCounts {\n        idea\n        draft\n        ready\n        scheduled\n        posted\n        failed\n        total\n      }\n      ...PersonaProfile_persona\n      ...PersonaRecentItems_persona\n    }\n  }\n"): (typeof documents)["\n  query PersonaDetailPage($id: ID!) {\n    persona(id: $id) {\n      id\n      name\n      handle\n      archivedAt\n      itemCounts {\n        idea\n        draft\n        ready\n        scheduled\n        posted\n        failed\n        total\n      }\n      ...PersonaProfile_persona\n      ...PersonaRecentItems_persona\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonaEditPage($id: ID!) {\n    persona(id: $id) {\n      id\n      name\n      timeZone\n      ...PersonaForm_persona\n    }\n  }\n"): (typeof documents)["\n  query PersonaEditPage($id: ID!) {\n    persona(id: $id) {\n      id\n      name\n      timeZone\n      ...PersonaForm_persona\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonaListPage($includeArchived: Boolean!, $first: Int!, $after: String) {\n    personas(includeArchived: $includeArchived, first: $first, after: $after) {\n      nodes {\n        id\n        ...PersonaCard_persona\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonaListPage($includeArchived: Boolean!, $first: Int!, $after: String) {\n    personas(includeArchived: $includeArchived, first: $first, after: $after) {\n      nodes {\n        id\n        ...PersonaCard_persona\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonaNewPage {\n    viewer {\n      id\n      profile {\n        timeZone\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonaNewPage {\n    viewer {\n      id\n      profile {\n        timeZone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanForm_plan on ContentPlan {\n    id\n    title\n    description\n    startDate\n    endDate\n    frequency {\n      count\n      period\n    }\n    platforms\n  }\n"): (typeof documents)["\n  fragment PlanForm_plan on ContentPlan {\n    id\n    title\n    description\n    startDate\n    endDate\n    frequency {\n      count\n      period\n    }\n    platforms\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanItemList_plan on ContentPlan {\n    id\n    persona {\n      id\n      timeZone\n    }\n    items(first: 100) {\n      id\n      title\n      platform\n      status\n      scheduledAt\n    }\n  }\n"): (typeof documents)["\n  fragment PlanItemList_plan on ContentPlan {\n    id\n    persona {\n      id\n      timeZone\n    }\n    items(first: 100) {\n      id\n      title\n      platform\n      status\n      scheduledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanListItem_plan on ContentPlan {\n    id\n    title\n    startDate\n    endDate\n    frequency {\n      count\n      period\n    }\n    targetPostCount\n    itemCounts {\n      total\n      posted\n    }\n  }\n"): (typeof documents)["\n  fragment PlanListItem_plan on ContentPlan {\n    id\n    title\n    startDate\n    endDate\n    frequency {\n      count\n      period\n    }\n    targetPostCount\n    itemCounts {\n      total\n      posted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContentPlan($input: CreateContentPlanInput!) {\n    createContentPlan(input: $input) {\n      id\n      ...PlanListItem_plan\n    }\n  }\n"): (typeof documents)["\n  mutation CreateContentPlan($input: CreateContentPlanInput!) {\n    createContentPlan(input: $input) {\n      id\n      ...PlanListItem_plan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteContentPlan($id: ID!) {\n    deleteContentPlan(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteContentPlan($id: ID!) {\n    deleteContentPlan(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContentPlan($id: ID!, $input: UpdateContentPlanInput!) {\n    updateContentPlan(id: $id, input: $input) {\n      id\n      ...PlanForm_plan\n      targetPostCount\n      updatedAt\n      persona {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContentPlan($id: ID!, $input: UpdateContentPlanInput!) {\n    updateContentPlan(id: $id, input: $input) {\n      id\n      ...PlanForm_plan\n      targetPostCount\n      updatedAt\n      persona {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonaPlansSection($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      contentPlans(first: 40) {\n        id\n        ...PlanListItem_plan\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonaPlansSection($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      contentPlans(first: 40) {\n        id\n        ...PlanListItem_plan\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanDetailPage($id: ID!) {\n    contentPlan(id: $id) {\n      id\n      title\n      description\n      startDate\n      endDate\n      frequency {\n        count\n        period\n      }\n      platforms\n      targetPostCount\n      itemCounts {\n        idea\n        draft\n        ready\n        scheduled\n        posted\n        failed\n        total\n      }\n      persona {\n        id\n        name\n        handle\n      }\n      ...PlanItemList_plan\n    }\n  }\n"): (typeof documents)["\n  query PlanDetailPage($id: ID!) {\n    contentPlan(id: $id) {\n      id\n      title\n      description\n      startDate\n      endDate\n      frequency {\n        count\n        period\n      }\n      platforms\n      targetPostCount\n      itemCounts {\n        idea\n        draft\n        ready\n        scheduled\n        posted\n        failed\n        total\n      }\n      persona {\n        id\n        name\n        handle\n      }\n      ...PlanItemList_plan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanEditPage($id: ID!) {\n    contentPlan(id: $id) {\n      id\n      title\n      targetPostCount\n      persona {\n        id\n        name\n        platformStrategy {\n          platforms\n        }\n      }\n      ...PlanForm_plan\n    }\n  }\n"): (typeof documents)["\n  query PlanEditPage($id: ID!) {\n    contentPlan(id: $id) {\n      id\n      title\n      targetPostCount\n      persona {\n        id\n        name\n        platformStrategy {\n          platforms\n        }\n      }\n      ...PlanForm_plan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanNewPage($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      name\n      handle\n      platformStrategy {\n        platforms\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanNewPage($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      name\n      handle\n      platformStrategy {\n        platforms\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;