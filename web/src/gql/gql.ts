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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;