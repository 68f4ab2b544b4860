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
    "\n  query BulkScheduleChannels($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      name\n      channelIntegrations {\n        id\n        platform\n        accountName\n        status\n        nextQueueTime\n      }\n    }\n  }\n": typeof types.BulkScheduleChannelsDocument,
    "\n  fragment BulkItemsResult_result on BulkItemsResult {\n    doneIds\n    items {\n      id\n      status\n      version\n      scheduledAt\n      updatedAt\n    }\n    refused {\n      itemId\n      code\n      reason\n      item {\n        id\n        title\n        status\n        version\n      }\n    }\n  }\n": typeof types.BulkItemsResult_ResultFragmentDoc,
    "\n  mutation MoveContentItems($items: [ItemVersionInput!]!, $to: ContentItemStatus!) {\n    moveContentItems(items: $items, to: $to) {\n      ...BulkItemsResult_result\n    }\n  }\n": typeof types.MoveContentItemsDocument,
    "\n  mutation ScheduleContentItems($ids: [ID!]!, $channelId: ID!, $queue: Boolean!) {\n    scheduleContentItems(ids: $ids, channelId: $channelId, queue: $queue) {\n      ...BulkItemsResult_result\n    }\n  }\n": typeof types.ScheduleContentItemsDocument,
    "\n  mutation DeleteContentItems($ids: [ID!]!) {\n    deleteContentItems(ids: $ids) {\n      ...BulkItemsResult_result\n    }\n  }\n": typeof types.DeleteContentItemsDocument,
    "\n  query PersonaAnalyticsPage($id: ID!, $from: DateTime!, $to: DateTime!) {\n    persona(id: $id) {\n      id\n      analyticsSummary(from: $from, to: $to) {\n        timeZone\n        simulated\n        posts\n        ...HeadlineStats_summary\n        ...DailyCharts_summary\n        ...PostRankings_summary\n        ...FollowerChart_summary\n        ...PlatformBreakdown_summary\n        ...BestTimeHeatmap_summary\n      }\n      ...AnalyticsRecommendations_persona\n      # Whether an empty dashboard may offer a simulated history (see AnalyticsEmptyState).\n      recommendations {\n        basedOnPosts\n      }\n      channelIntegrations {\n        id\n        platform\n        status\n      }\n      simulatedHistory {\n        id\n        posts\n      }\n    }\n  }\n": typeof types.PersonaAnalyticsPageDocument,
    "\n  fragment AnalyticsRecommendations_persona on Persona {\n    timeZone\n    recommendations {\n      ...Recommendations_fields\n    }\n  }\n": typeof types.AnalyticsRecommendations_PersonaFragmentDoc,
    "\n  fragment BestTimeHeatmap_summary on PersonaAnalytics {\n    timeZone\n    heatmap {\n      weekday\n      hour\n      posts\n      engagementRate\n    }\n  }\n": typeof types.BestTimeHeatmap_SummaryFragmentDoc,
    "\n  fragment DailyCharts_summary on PersonaAnalytics {\n    daily {\n      day\n      reach\n      totalInteractions\n      engagementRate\n    }\n  }\n": typeof types.DailyCharts_SummaryFragmentDoc,
    "\n  fragment FollowerChart_summary on PersonaAnalytics {\n    followers {\n      unavailable\n      series {\n        day\n        followers\n      }\n    }\n  }\n": typeof types.FollowerChart_SummaryFragmentDoc,
    "\n  fragment HeadlineStats_summary on PersonaAnalytics {\n    posts\n    engagementRate\n    totals {\n      views\n      reach\n      totalInteractions\n    }\n    followers {\n      change\n      unavailable\n    }\n  }\n": typeof types.HeadlineStats_SummaryFragmentDoc,
    "\n  fragment PlatformBreakdown_summary on PersonaAnalytics {\n    byPlatform {\n      platform\n      posts\n      engagementRate\n      totals {\n        reach\n        totalInteractions\n      }\n    }\n  }\n": typeof types.PlatformBreakdown_SummaryFragmentDoc,
    "\n  fragment PostPerformanceCard_post on PostPerformance {\n    platform\n    publishedAt\n    reach\n    views\n    totalInteractions\n    engagementRate\n    simulated\n    item {\n      id\n      title\n      caption\n      asset {\n        id\n        url\n        prompt\n      }\n    }\n  }\n": typeof types.PostPerformanceCard_PostFragmentDoc,
    "\n  fragment PostRankings_summary on PersonaAnalytics {\n    topPosts(first: 5) {\n      item {\n        id\n      }\n      ...PostPerformanceCard_post\n    }\n    bottomPosts(first: 5) {\n      item {\n        id\n      }\n      ...PostPerformanceCard_post\n    }\n  }\n": typeof types.PostRankings_SummaryFragmentDoc,
    "\n  query AnalyticsExport($id: ID!, $from: DateTime!, $to: DateTime!) {\n    persona(id: $id) {\n      id\n      analyticsSummary(from: $from, to: $to) {\n        timeZone\n        simulated\n        posts\n        daily {\n          day\n          posts\n          views\n          reach\n          totalInteractions\n          engagementRate\n          followers\n          simulated\n        }\n        measuredPosts(first: 1000) {\n          ...AnalyticsExport_post\n        }\n      }\n    }\n  }\n": typeof types.AnalyticsExportDocument,
    "\n  fragment AnalyticsExport_post on PostPerformance {\n    platform\n    publishedAt\n    views\n    reach\n    likes\n    comments\n    shares\n    saved\n    totalInteractions\n    engagementRate\n    simulated\n    item {\n      id\n      title\n    }\n  }\n": typeof types.AnalyticsExport_PostFragmentDoc,
    "\n  subscription PersonaAnalyticsUpdated($personaId: ID!) {\n    analyticsUpdated(personaId: $personaId) {\n      personaId\n      itemId\n      capturedAt\n    }\n  }\n": typeof types.PersonaAnalyticsUpdatedDocument,
    "\n  mutation RemoveSimulatedHistory($personaId: ID!) {\n    removeSimulatedHistory(personaId: $personaId) {\n      posts\n    }\n  }\n": typeof types.RemoveSimulatedHistoryDocument,
    "\n  mutation SimulateSandboxHistory($personaId: ID!) {\n    simulateSandboxHistory(personaId: $personaId) {\n      id\n      posts\n    }\n  }\n": typeof types.SimulateSandboxHistoryDocument,
    "\n  query PersonaAnalyticsRoute($id: ID!) {\n    persona(id: $id) {\n      id\n      name\n      handle\n      timeZone\n    }\n  }\n": typeof types.PersonaAnalyticsRouteDocument,
    "\n  fragment AssetCard_asset on Asset {\n    id\n    url\n    width\n    height\n    mimeType\n    byteSize\n    source\n    prompt\n    persona {\n      id\n      handle\n    }\n    usedBy {\n      id\n      title\n      persona {\n        id\n      }\n    }\n  }\n": typeof types.AssetCard_AssetFragmentDoc,
    "\n  mutation DeleteAsset($id: ID!) {\n    deleteAsset(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteAssetDocument,
    "\n  query AssetLibraryPage($personaId: ID, $first: Int!, $after: String) {\n    personas(includeArchived: true, first: 100) {\n      nodes {\n        id\n        name\n        handle\n      }\n    }\n    assets(personaId: $personaId, first: $first, after: $after) {\n      nodes {\n        id\n        ...AssetCard_asset\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AssetLibraryPageDocument,
    "\n  fragment AccountSecurity_viewer on Viewer {\n    id\n    email\n    emailVerified\n    activeSessions\n  }\n": typeof types.AccountSecurity_ViewerFragmentDoc,
    "\n  fragment EmailConfirmationNotice_viewer on Viewer {\n    id\n    email\n    emailVerified\n  }\n": typeof types.EmailConfirmationNotice_ViewerFragmentDoc,
    "\n  fragment ProfileForm_viewer on Viewer {\n    id\n    email\n    profile {\n      displayName\n      timeZone\n      updatedAt\n    }\n  }\n": typeof types.ProfileForm_ViewerFragmentDoc,
    "\n  fragment UserMenu_viewer on Viewer {\n    id\n    email\n    profile {\n      displayName\n    }\n  }\n": typeof types.UserMenu_ViewerFragmentDoc,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SignOutOtherSessions {\n    signOutOtherSessions\n  }\n": typeof types.SignOutOtherSessionsDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input)\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": typeof types.ResendVerificationEmailDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      token\n      viewer {\n        id\n        ...UserMenu_viewer\n        ...EmailConfirmationNotice_viewer\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      viewer {\n        id\n        ...UserMenu_viewer\n        ...EmailConfirmationNotice_viewer\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      viewer {\n        id\n        ...UserMenu_viewer\n        ...EmailConfirmationNotice_viewer\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      displayName\n      timeZone\n      updatedAt\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  query ProfilePage {\n    viewer {\n      id\n      ...ProfileForm_viewer\n      ...AccountSecurity_viewer\n    }\n  }\n": typeof types.ProfilePageDocument,
    "\n  query SessionViewer {\n    viewer {\n      id\n      ...UserMenu_viewer\n      ...EmailConfirmationNotice_viewer\n    }\n  }\n": typeof types.SessionViewerDocument,
    "\n  fragment BoardCard_item on ContentItem {\n    id\n    title\n    platform\n    status\n    scheduledAt\n    failureReason\n    version\n    simulated\n    persona {\n      id\n      handle\n      timeZone\n    }\n    plan {\n      id\n    }\n    asset {\n      id\n      url\n    }\n    channel {\n      id\n      platform\n      accountName\n    }\n  }\n": typeof types.BoardCard_ItemFragmentDoc,
    "\n  fragment ContentBoard_query on Query {\n    idea: contentItems(filter: $idea, orderBy: SCHEDULED_AT_ASC, first: 100) {\n      ...BoardColumn_list\n    }\n    draft: contentItems(filter: $draft, orderBy: SCHEDULED_AT_ASC, first: 100) {\n      ...BoardColumn_list\n    }\n    ready: contentItems(filter: $ready, orderBy: SCHEDULED_AT_ASC, first: 100) {\n      ...BoardColumn_list\n    }\n    scheduled: contentItems(filter: $scheduled, orderBy: SCHEDULED_AT_ASC, first: 100) {\n      ...BoardColumn_list\n    }\n    posted: contentItems(filter: $posted, orderBy: CREATED_AT_DESC, first: 100) {\n      ...BoardColumn_list\n    }\n    failed: contentItems(filter: $failed, orderBy: SCHEDULED_AT_ASC, first: 100) {\n      ...BoardColumn_list\n    }\n  }\n": typeof types.ContentBoard_QueryFragmentDoc,
    "\n  fragment ItemContentReadOnly_item on ContentItem {\n    id\n    caption\n    hashtags\n    imagePrompt\n    scheduledAt\n    plan {\n      id\n      title\n    }\n    persona {\n      id\n      timeZone\n    }\n    asset {\n      id\n      url\n      width\n      height\n      prompt\n    }\n  }\n": typeof types.ItemContentReadOnly_ItemFragmentDoc,
    "\n  fragment ItemDetails_item on ContentItem {\n    id\n    platform\n    status\n    publishedAt\n    failureReason\n    persona {\n      id\n      name\n      handle\n      timeZone\n      briefVersion\n    }\n    generated\n    untouched\n    briefVersion\n    statusHistory {\n      id\n      ...StatusTimeline_change\n    }\n    scheduledPosts {\n      id\n      state\n      runAt\n      publishedAt\n      permalink\n      lastError\n      channel {\n        id\n        accountName\n      }\n    }\n    ...BoardCard_item\n    ...ItemPerformance_item\n    ...ItemContentReadOnly_item\n    ...ContentItemForm_item\n    ...ItemGeneration_item\n  }\n": typeof types.ItemDetails_ItemFragmentDoc,
    "\n  query BoardItemDrawer($id: ID!) {\n    contentItem(id: $id) {\n      id\n      title\n      ...ItemDetails_item\n    }\n    platforms {\n      platform\n      label\n      canPublish\n    }\n    generator {\n      kind\n      label\n      textModel\n      imageModel\n    }\n  }\n": typeof types.BoardItemDrawerDocument,
    "\n  fragment ItemPerformance_item on ContentItem {\n    status\n    performance {\n      capturedAt\n      views\n      reach\n      likes\n      comments\n      shares\n      saved\n      totalInteractions\n      engagementRate\n      simulated\n    }\n    analytics {\n      id\n      capturedAt\n      checkpoint\n      views\n      reach\n      likes\n      comments\n      shares\n      saved\n      totalInteractions\n      simulated\n      unavailable\n    }\n  }\n": typeof types.ItemPerformance_ItemFragmentDoc,
    "\n  fragment StatusTimeline_change on StatusChange {\n    id\n    from\n    to\n    changedAt\n    reason\n    actor {\n      kind\n      name\n    }\n  }\n": typeof types.StatusTimeline_ChangeFragmentDoc,
    "\n  fragment BoardColumn_list on ContentItemConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      ...BoardCard_item\n    }\n  }\n": typeof types.BoardColumn_ListFragmentDoc,
    "\n  subscription BoardItemChanged($personaId: ID) {\n    contentItemChanged(personaId: $personaId) {\n      kind\n      itemId\n      item {\n        id\n        ...BoardCard_item\n      }\n    }\n  }\n": typeof types.BoardItemChangedDocument,
    "\n  subscription BoardStatusChanged($personaId: ID) {\n    contentItemStatusChanged(personaId: $personaId) {\n      item {\n        id\n        ...BoardCard_item\n        persona {\n          id\n        }\n        plan {\n          id\n        }\n      }\n      change {\n        id\n        ...StatusTimeline_change\n      }\n    }\n  }\n": typeof types.BoardStatusChangedDocument,
    "\n  subscription BoardPostUpdated($personaId: ID) {\n    scheduledPostUpdated(personaId: $personaId) {\n      id\n      state\n      runAt\n      publishedAt\n      permalink\n      lastError\n    }\n  }\n": typeof types.BoardPostUpdatedDocument,
    "\n  query BoardColumnPage($filter: ContentItemFilter!, $orderBy: ContentItemOrder!, $after: String!) {\n    contentItems(filter: $filter, orderBy: $orderBy, first: 100, after: $after) {\n      ...BoardColumn_list\n    }\n  }\n": typeof types.BoardColumnPageDocument,
    "\n  mutation MoveContentItem($id: ID!, $to: ContentItemStatus!, $expectedVersion: Int!) {\n    moveContentItem(id: $id, to: $to, expectedVersion: $expectedVersion) {\n      id\n      ...BoardCard_item\n    }\n  }\n": typeof types.MoveContentItemDocument,
    "\n  mutation ScheduleContentItem($id: ID!, $input: UpdateContentItemInput!) {\n    updateContentItem(id: $id, input: $input) {\n      id\n      ...BoardCard_item\n    }\n  }\n": typeof types.ScheduleContentItemDocument,
    "\n  query BoardPage(\n    $idea: ContentItemFilter!\n    $draft: ContentItemFilter!\n    $ready: ContentItemFilter!\n    $scheduled: ContentItemFilter!\n    $posted: ContentItemFilter!\n    $failed: ContentItemFilter!\n  ) {\n    personas(includeArchived: true, first: 100) {\n      nodes {\n        id\n        name\n        handle\n      }\n    }\n    platforms {\n      platform\n      label\n      canPublish\n    }\n    ...ContentBoard_query\n  }\n": typeof types.BoardPageDocument,
    "\n  query PersonaBoardPage(\n    $personaId: ID!\n    $idea: ContentItemFilter!\n    $draft: ContentItemFilter!\n    $ready: ContentItemFilter!\n    $scheduled: ContentItemFilter!\n    $posted: ContentItemFilter!\n    $failed: ContentItemFilter!\n  ) {\n    persona(id: $personaId) {\n      id\n      name\n      handle\n      contentPlans(first: 100) {\n        id\n        title\n      }\n    }\n    platforms {\n      platform\n      label\n      canPublish\n    }\n    ...ContentBoard_query\n  }\n": typeof types.PersonaBoardPageDocument,
    "\n  fragment CalendarPost_post on ScheduledPost {\n    id\n    runAt\n    state\n    attempts\n    permalink\n    publishedAt\n    lastError\n    channel {\n      id\n      platform\n      accountName\n    }\n    item {\n      id\n      title\n      status\n      platform\n      scheduledAt\n      version\n      simulated\n      persona {\n        id\n        name\n        handle\n        timeZone\n      }\n    }\n  }\n": typeof types.CalendarPost_PostFragmentDoc,
    "\n  query CalendarPosts($filter: ScheduledPostFilter!) {\n    scheduledPosts(filter: $filter) {\n      id\n      ...CalendarPost_post\n    }\n  }\n": typeof types.CalendarPostsDocument,
    "\n  subscription CalendarPostUpdated($personaId: ID) {\n    scheduledPostUpdated(personaId: $personaId) {\n      id\n      ...CalendarPost_post\n    }\n  }\n": typeof types.CalendarPostUpdatedDocument,
    "\n  mutation CancelScheduledPost($id: ID!) {\n    cancelScheduledPost(id: $id) {\n      id\n      ...CalendarPost_post\n      item {\n        id\n        persona {\n          id\n        }\n        plan {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CancelScheduledPostDocument,
    "\n  query CalendarPlannedItems($filter: ContentItemFilter!) {\n    contentItems(filter: $filter, orderBy: SCHEDULED_AT_ASC, first: 100) {\n      nodes {\n        id\n        title\n        status\n        version\n        scheduledAt\n        simulated\n        persona {\n          id\n          name\n          timeZone\n        }\n        asset {\n          id\n          url\n        }\n      }\n    }\n  }\n": typeof types.CalendarPlannedItemsDocument,
    "\n  mutation PlanCalendarItem($id: ID!, $input: UpdateContentItemInput!) {\n    updateContentItem(id: $id, input: $input) {\n      id\n      version\n      scheduledAt\n      updatedAt\n    }\n  }\n": typeof types.PlanCalendarItemDocument,
    "\n  mutation ReschedulePost($id: ID!, $at: ScheduleTimeInput!) {\n    reschedulePost(id: $id, at: $at) {\n      id\n      ...CalendarPost_post\n    }\n  }\n": typeof types.ReschedulePostDocument,
    "\n  query CalendarPage {\n    personas(includeArchived: true, first: 100) {\n      nodes {\n        id\n        name\n        handle\n        timeZone\n      }\n    }\n  }\n": typeof types.CalendarPageDocument,
    "\n  query PersonaCalendarPage($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      name\n      handle\n      timeZone\n    }\n  }\n": typeof types.PersonaCalendarPageDocument,
    "\n  fragment ChannelCard_channel on ChannelIntegration {\n    id\n    platform\n    accountName\n    externalAccountId\n    status\n    statusReason\n    tokenExpiresAt\n    tokenRefreshedAt\n    scopes\n    publishingQuota {\n      used\n      total\n      windowSeconds\n    }\n    postingSlots {\n      weekday\n      time\n    }\n    nextQueueTime\n    createdAt\n    updatedAt\n  }\n": typeof types.ChannelCard_ChannelFragmentDoc,
    "\n  subscription ChannelUpdated($personaId: ID!) {\n    channelIntegrationUpdated(personaId: $personaId) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n": typeof types.ChannelUpdatedDocument,
    "\n  mutation StartInstagramConnection($personaId: ID!) {\n    startInstagramConnection(personaId: $personaId) {\n      authorizeUrl\n    }\n  }\n": typeof types.StartInstagramConnectionDocument,
    "\n  mutation ConnectSandboxChannel($personaId: ID!) {\n    connectSandboxChannel(personaId: $personaId) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n": typeof types.ConnectSandboxChannelDocument,
    "\n  mutation DisconnectChannel($id: ID!) {\n    disconnectChannel(id: $id) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n": typeof types.DisconnectChannelDocument,
    "\n  mutation SetPostingSlots($channelId: ID!, $slots: [PostingSlotInput!]!) {\n    setPostingSlots(channelId: $channelId, slots: $slots) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n": typeof types.SetPostingSlotsDocument,
    "\n  query ChannelsPage($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      name\n      handle\n      timeZone\n      channelIntegrations {\n        id\n        ...ChannelCard_channel\n      }\n    }\n    platforms {\n      platform\n      canConnect\n      connectUnavailableReason\n    }\n  }\n": typeof types.ChannelsPageDocument,
    "\n  query ContentItemEditor($id: ID!) {\n    contentItem(id: $id) {\n      id\n      ...ContentItemForm_item\n      ...ItemGeneration_item\n    }\n  }\n": typeof types.ContentItemEditorDocument,
    "\n  fragment ContentItemRow_item on ContentItem {\n    id\n    version\n    title\n    caption\n    platform\n    status\n    scheduledAt\n    publishedAt\n    failureReason\n    simulated\n    persona {\n      id\n      name\n      handle\n      timeZone\n    }\n    plan {\n      id\n      title\n    }\n  }\n": typeof types.ContentItemRow_ItemFragmentDoc,
    "\n  mutation DeleteContentItem($id: ID!) {\n    deleteContentItem(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteContentItemDocument,
    "\n  query ContentListPage($filter: ContentItemFilter!, $orderBy: ContentItemOrder!, $first: Int!, $after: String) {\n    personas(includeArchived: true, first: 100) {\n      nodes {\n        id\n        name\n        handle\n        timeZone\n      }\n    }\n    contentItems(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...ContentItemRow_item\n        ...ContentItemForm_item\n        ...ItemGeneration_item\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    platforms {\n      platform\n      label\n      canPublish\n    }\n    generator {\n      kind\n      label\n      textModel\n      imageModel\n    }\n  }\n": typeof types.ContentListPageDocument,
    "\n  fragment LiveFeed_event on ContentItemStatusEvent {\n    previousStatus\n    newStatus\n    changedAt\n    item {\n      id\n      title\n      persona {\n        id\n        handle\n      }\n    }\n    change {\n      id\n      actor {\n        kind\n        name\n      }\n    }\n  }\n": typeof types.LiveFeed_EventFragmentDoc,
    "\n  fragment RecentFailures_item on ContentItem {\n    id\n    title\n    platform\n    failureReason\n    persona {\n      id\n      handle\n    }\n  }\n": typeof types.RecentFailures_ItemFragmentDoc,
    "\n  fragment StatusCountsTable_persona on Persona {\n    id\n    name\n    handle\n    itemCounts {\n      idea\n      draft\n      ready\n      scheduled\n      posted\n      failed\n      total\n    }\n  }\n": typeof types.StatusCountsTable_PersonaFragmentDoc,
    "\n  fragment UpcomingItems_item on ContentItem {\n    id\n    title\n    platform\n    scheduledAt\n    persona {\n      id\n      handle\n      timeZone\n    }\n  }\n": typeof types.UpcomingItems_ItemFragmentDoc,
    "\n  subscription DashboardStatusChanged {\n    contentItemStatusChanged {\n      change {\n        id\n      }\n      ...LiveFeed_event\n    }\n  }\n": typeof types.DashboardStatusChangedDocument,
    "\n  subscription DashboardItemChanged {\n    contentItemChanged {\n      kind\n      itemId\n    }\n  }\n": typeof types.DashboardItemChangedDocument,
    "\n  query DashboardPage($now: DateTime!) {\n    personas(first: 100) {\n      nodes {\n        id\n        ...StatusCountsTable_persona\n      }\n    }\n    upcoming: contentItems(\n      filter: { status: [SCHEDULED], scheduledFrom: $now }\n      orderBy: SCHEDULED_AT_ASC\n      first: 10\n    ) {\n      nodes {\n        id\n        ...UpcomingItems_item\n      }\n    }\n    failures: contentItems(filter: { status: [FAILED] }, orderBy: CREATED_AT_DESC, first: 10) {\n      totalCount\n      nodes {\n        id\n        ...RecentFailures_item\n      }\n    }\n  }\n": typeof types.DashboardPageDocument,
    "\n  fragment GridTile_item on ContentItem {\n    id\n    title\n    status\n    scheduledAt\n    publishedAt\n    asset {\n      id\n      url\n      prompt\n    }\n  }\n": typeof types.GridTile_ItemFragmentDoc,
    "\n  mutation ReorderUpcomingPosts($input: ReorderUpcomingPostsInput!) {\n    reorderUpcomingPosts(input: $input) {\n      id\n      scheduledAt\n      version\n      updatedAt\n    }\n  }\n": typeof types.ReorderUpcomingPostsDocument,
    "\n  query InstagramGridPage($personaId: ID!, $upcoming: ContentItemFilter!, $publishedFrom: DateTime!, $publishedTo: DateTime!) {\n    persona(id: $personaId) {\n      id\n      name\n      handle\n      timeZone\n    }\n    upcoming: contentItems(filter: $upcoming, orderBy: SCHEDULED_AT_ASC, first: 60) {\n      nodes {\n        id\n        scheduledAt\n        ...GridTile_item\n      }\n    }\n    published: scheduledPosts(filter: { personaId: $personaId, from: $publishedFrom, to: $publishedTo, states: [PUBLISHED] }) {\n      id\n      publishedAt\n      item {\n        id\n        platform\n        ...GridTile_item\n      }\n    }\n  }\n": typeof types.InstagramGridPageDocument,
    "\n  query PersonaBriefHistory($id: ID!) {\n    persona(id: $id) {\n      id\n      briefVersion\n      briefVersions(first: 100) {\n        version\n        changedFields\n        restoredFrom\n        createdAt\n        changedBy {\n          kind\n          name\n        }\n        brief {\n          name\n          handle\n          niche\n          voice\n          style\n          personality\n          bio\n          aesthetic\n          platformStrategy {\n            platforms\n            postsPerWeek\n            cadence\n            goals\n          }\n          topics\n          avoid\n          examplePosts\n        }\n      }\n    }\n  }\n": typeof types.PersonaBriefHistoryDocument,
    "\n  fragment PersonaBrief_persona on Persona {\n    id\n    briefVersion\n    brief\n  }\n": typeof types.PersonaBrief_PersonaFragmentDoc,
    "\n  fragment PersonaCard_persona on Persona {\n    id\n    name\n    handle\n    niche\n    archivedAt\n    platformStrategy {\n      platforms\n    }\n    itemCounts {\n      idea\n      draft\n      ready\n      scheduled\n      posted\n      failed\n      total\n    }\n  }\n": typeof types.PersonaCard_PersonaFragmentDoc,
    "\n  fragment PersonaForm_persona on Persona {\n    id\n    name\n    handle\n    niche\n    voice\n    style\n    personality\n    bio\n    aesthetic\n    timeZone\n    platformStrategy {\n      platforms\n      postsPerWeek\n      cadence\n      goals\n    }\n    topics\n    avoid\n    examplePosts\n  }\n": typeof types.PersonaForm_PersonaFragmentDoc,
    "\n  fragment PersonaGenerationActivity_persona on Persona {\n    id\n    timeZone\n    generationUsage {\n      runs\n      inputTokens\n      outputTokens\n    }\n    generationRuns(first: 5) {\n      id\n      kind\n      state\n      generator\n      model\n      inputTokens\n      outputTokens\n      createdAt\n      error\n      plan {\n        id\n        title\n      }\n    }\n  }\n": typeof types.PersonaGenerationActivity_PersonaFragmentDoc,
    "\n  fragment PersonaOutdatedItems_persona on Persona {\n    id\n    timeZone\n    briefVersion\n    outdatedItems(first: 20) {\n      id\n      title\n      caption\n      platform\n      status\n      scheduledAt\n      version\n      briefVersion\n    }\n  }\n": typeof types.PersonaOutdatedItems_PersonaFragmentDoc,
    "\n  fragment PersonaProfile_persona on Persona {\n    id\n    niche\n    bio\n    voice\n    style\n    personality\n    aesthetic\n    timeZone\n    platformStrategy {\n      platforms\n      postsPerWeek\n      cadence\n      goals\n    }\n  }\n": typeof types.PersonaProfile_PersonaFragmentDoc,
    "\n  fragment PersonaPublishing_persona on Persona {\n    id\n    channelIntegrations {\n      id\n      platform\n      accountName\n      status\n      statusReason\n    }\n  }\n": typeof types.PersonaPublishing_PersonaFragmentDoc,
    "\n  subscription PersonaChannelUpdated($personaId: ID!) {\n    channelIntegrationUpdated(personaId: $personaId) {\n      id\n      platform\n      accountName\n      status\n      statusReason\n    }\n  }\n": typeof types.PersonaChannelUpdatedDocument,
    "\n  fragment PersonaRecentItems_persona on Persona {\n    id\n    timeZone\n    recentItems(first: 5) {\n      id\n      title\n      platform\n      status\n      scheduledAt\n      plan {\n        id\n        title\n      }\n    }\n  }\n": typeof types.PersonaRecentItems_PersonaFragmentDoc,
    "\n  mutation ArchivePersona($id: ID!) {\n    archivePersona(id: $id) {\n      id\n      archivedAt\n      updatedAt\n    }\n  }\n": typeof types.ArchivePersonaDocument,
    "\n  mutation UnarchivePersona($id: ID!) {\n    unarchivePersona(id: $id) {\n      id\n      archivedAt\n      updatedAt\n    }\n  }\n": typeof types.UnarchivePersonaDocument,
    "\n  mutation CreateDemoPersona {\n    createDemoPersona {\n      id\n      ...PersonaCard_persona\n    }\n  }\n": typeof types.CreateDemoPersonaDocument,
    "\n  mutation CreatePersona($input: CreatePersonaInput!) {\n    createPersona(input: $input) {\n      id\n      ...PersonaCard_persona\n    }\n  }\n": typeof types.CreatePersonaDocument,
    "\n  mutation RestorePersonaBriefVersion($personaId: ID!, $version: Int!) {\n    restorePersonaBriefVersion(personaId: $personaId, version: $version) {\n      id\n      briefVersion\n    }\n  }\n": typeof types.RestorePersonaBriefVersionDocument,
    "\n  mutation ProposeRewriteForBrief($itemId: ID!) {\n    proposeCaption(itemId: $itemId) {\n      caption\n      run {\n        id\n        briefVersion\n      }\n    }\n  }\n": typeof types.ProposeRewriteForBriefDocument,
    "\n  mutation KeepRewriteForBrief($id: ID!, $input: UpdateContentItemInput!) {\n    updateContentItem(id: $id, input: $input) {\n      id\n      version\n      caption\n      briefVersion\n      updatedAt\n    }\n  }\n": typeof types.KeepRewriteForBriefDocument,
    "\n  mutation UpdatePersona($id: ID!, $input: UpdatePersonaInput!) {\n    updatePersona(id: $id, input: $input) {\n      id\n      updatedAt\n      briefVersion\n      brief\n      ...PersonaForm_persona\n    }\n  }\n": typeof types.UpdatePersonaDocument,
    "\n  query PersonaDetailPage($id: ID!) {\n    persona(id: $id) {\n      id\n      name\n      handle\n      archivedAt\n      itemCounts {\n        idea\n        draft\n        ready\n        scheduled\n        posted\n        failed\n        total\n      }\n      ...PersonaPublishing_persona\n      ...PersonaProfile_persona\n      ...PersonaBrief_persona\n      ...PersonaOutdatedItems_persona\n      ...PersonaGenerationActivity_persona\n      ...PersonaRecentItems_persona\n    }\n  }\n": typeof types.PersonaDetailPageDocument,
    "\n  query PersonaEditPage($id: ID!) {\n    persona(id: $id) {\n      id\n      name\n      timeZone\n      ...PersonaForm_persona\n    }\n    platforms {\n      platform\n      label\n      canPublish\n    }\n  }\n": typeof types.PersonaEditPageDocument,
    "\n  query PersonaListPage($includeArchived: Boolean!, $first: Int!, $after: String) {\n    personas(includeArchived: $includeArchived, first: $first, after: $after) {\n      nodes {\n        id\n        ...PersonaCard_persona\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PersonaListPageDocument,
    "\n  query PersonaNewPage {\n    viewer {\n      id\n      profile {\n        timeZone\n      }\n    }\n    platforms {\n      platform\n      label\n      canPublish\n    }\n  }\n": typeof types.PersonaNewPageDocument,
    "\n  fragment PlanGenerationRun_run on GenerationRun {\n    id\n    kind\n    state\n    progress\n    error\n    generator\n    model\n    inputTokens\n    outputTokens\n    createdAt\n    finishedAt\n    plan {\n      id\n    }\n  }\n": typeof types.PlanGenerationRun_RunFragmentDoc,
    "\n  fragment PlanForm_plan on ContentPlan {\n    id\n    title\n    description\n    startDate\n    endDate\n    frequency {\n      count\n      period\n    }\n    platforms\n  }\n": typeof types.PlanForm_PlanFragmentDoc,
    "\n  fragment PlanGenerationPanel_plan on ContentPlan {\n    id\n    targetPostCount\n    untouchedIdeas\n    itemCounts {\n      total\n    }\n  }\n": typeof types.PlanGenerationPanel_PlanFragmentDoc,
    "\n  fragment PlanItemList_plan on ContentPlan {\n    id\n    persona {\n      id\n      timeZone\n      briefVersion\n    }\n    items(first: 100) {\n      id\n      title\n      platform\n      status\n      scheduledAt\n      generated\n      untouched\n      briefVersion\n    }\n  }\n": typeof types.PlanItemList_PlanFragmentDoc,
    "\n  fragment PlanListItem_plan on ContentPlan {\n    id\n    title\n    startDate\n    endDate\n    frequency {\n      count\n      period\n    }\n    targetPostCount\n    itemCounts {\n      total\n      posted\n    }\n  }\n": typeof types.PlanListItem_PlanFragmentDoc,
    "\n  fragment PlanRecommendations_persona on Persona {\n    id\n    timeZone\n    recommendations {\n      ...Recommendations_fields\n    }\n  }\n": typeof types.PlanRecommendations_PersonaFragmentDoc,
    "\n  mutation CancelGeneration($id: ID!) {\n    cancelGeneration(id: $id) {\n      id\n      ...PlanGenerationRun_run\n    }\n  }\n": typeof types.CancelGenerationDocument,
    "\n  mutation CreateContentPlan($input: CreateContentPlanInput!) {\n    createContentPlan(input: $input) {\n      id\n      ...PlanListItem_plan\n    }\n  }\n": typeof types.CreateContentPlanDocument,
    "\n  mutation DeleteContentPlan($id: ID!) {\n    deleteContentPlan(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteContentPlanDocument,
    "\n  mutation GeneratePlanIdeas($planId: ID!) {\n    generatePlanIdeas(planId: $planId) {\n      id\n      ...PlanGenerationRun_run\n    }\n  }\n": typeof types.GeneratePlanIdeasDocument,
    "\n  subscription PlanGenerationRunUpdated($personaId: ID!) {\n    generationRunUpdated(personaId: $personaId) {\n      id\n      ...PlanGenerationRun_run\n    }\n  }\n": typeof types.PlanGenerationRunUpdatedDocument,
    "\n  mutation ScheduleReadyPlanItems($planId: ID!, $channelId: ID!) {\n    scheduleReadyPlanItems(planId: $planId, channelId: $channelId) {\n      scheduled {\n        id\n        runAt\n      }\n      skipped {\n        item {\n          id\n          title\n        }\n        reason\n      }\n    }\n  }\n": typeof types.ScheduleReadyPlanItemsDocument,
    "\n  mutation UpdateContentPlan($id: ID!, $input: UpdateContentPlanInput!) {\n    updateContentPlan(id: $id, input: $input) {\n      id\n      ...PlanForm_plan\n      targetPostCount\n      updatedAt\n      persona {\n        id\n      }\n    }\n  }\n": typeof types.UpdateContentPlanDocument,
    "\n  query PersonaPlansSection($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      contentPlans(first: 40) {\n        id\n        ...PlanListItem_plan\n      }\n    }\n  }\n": typeof types.PersonaPlansSectionDocument,
    "\n  query PlanDetailPage($id: ID!) {\n    contentPlan(id: $id) {\n      id\n      title\n      description\n      startDate\n      endDate\n      frequency {\n        count\n        period\n      }\n      platforms\n      targetPostCount\n      itemCounts {\n        idea\n        draft\n        ready\n        scheduled\n        posted\n        failed\n        total\n      }\n      persona {\n        id\n        name\n        handle\n        timeZone\n        channelIntegrations {\n          id\n          platform\n          accountName\n          status\n        }\n        generationRuns(first: 20) {\n          id\n          ...PlanGenerationRun_run\n        }\n        ...PlanRecommendations_persona\n      }\n      ...PlanGenerationPanel_plan\n      ...PlanItemList_plan\n    }\n    generator {\n      kind\n      label\n      textModel\n      imageModel\n    }\n  }\n": typeof types.PlanDetailPageDocument,
    "\n  query PlanEditPage($id: ID!) {\n    contentPlan(id: $id) {\n      id\n      title\n      targetPostCount\n      persona {\n        id\n        name\n        platformStrategy {\n          platforms\n        }\n      }\n      ...PlanForm_plan\n    }\n    platforms {\n      platform\n      label\n      canPublish\n    }\n  }\n": typeof types.PlanEditPageDocument,
    "\n  query PlanNewPage($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      name\n      handle\n      platformStrategy {\n        platforms\n      }\n    }\n    platforms {\n      platform\n      label\n      canPublish\n    }\n  }\n": typeof types.PlanNewPageDocument,
    "\n  fragment SandboxPostCard_post on SandboxPost {\n    id\n    caption\n    hashtags\n    publishedAt\n    permalink\n    simulated\n    asset {\n      id\n      url\n      width\n      height\n      prompt\n    }\n    item {\n      id\n      title\n    }\n  }\n": typeof types.SandboxPostCard_PostFragmentDoc,
    "\n  query SandboxFeedPage($personaId: ID!, $includeSimulated: Boolean!) {\n    persona(id: $personaId) {\n      id\n      name\n      handle\n      timeZone\n    }\n    sandboxFeed(personaId: $personaId, first: 50, includeSimulated: $includeSimulated) {\n      id\n      ...SandboxPostCard_post\n    }\n  }\n": typeof types.SandboxFeedPageDocument,
    "\n  subscription SandboxPostPublished($personaId: ID!) {\n    scheduledPostUpdated(personaId: $personaId) {\n      id\n      state\n    }\n  }\n": typeof types.SandboxPostPublishedDocument,
    "\n  query ScheduleDialog($itemId: ID!) {\n    contentItem(id: $itemId) {\n      id\n      title\n      ...SchedulePostForm_item\n    }\n  }\n": typeof types.ScheduleDialogDocument,
    "\n  fragment SchedulePostForm_item on ContentItem {\n    id\n    title\n    status\n    platform\n    version\n    scheduledAt\n    caption\n    asset {\n      id\n      url\n    }\n    persona {\n      id\n      name\n      handle\n      timeZone\n      channelIntegrations {\n        id\n        platform\n        accountName\n        status\n        nextQueueTime\n      }\n      suggestedPostTimes(first: 3) {\n        at\n        reason\n      }\n    }\n  }\n": typeof types.SchedulePostForm_ItemFragmentDoc,
    "\n  mutation SchedulePost($input: SchedulePostInput!) {\n    schedulePost(input: $input) {\n      id\n      runAt\n      state\n      channel {\n        id\n        accountName\n      }\n      item {\n        id\n        status\n        scheduledAt\n        failureReason\n        version\n        updatedAt\n        persona {\n          id\n        }\n        plan {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SchedulePostDocument,
    "\n  mutation DeleteFromTrash($ids: [ID!]!) {\n    deleteFromTrash(ids: $ids)\n  }\n": typeof types.DeleteFromTrashDocument,
    "\n  query TrashPage($after: String) {\n    trash(first: 50, after: $after) {\n      totalCount\n      nodes {\n        id\n        kind\n        title\n        deletedAt\n        purgeAt\n        persona {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TrashPageDocument,
    "\n  fragment ContentItemForm_item on ContentItem {\n    id\n    title\n    caption\n    platform\n    status\n    scheduledAt\n    version\n    persona {\n      id\n      timeZone\n    }\n    plan {\n      id\n    }\n  }\n": typeof types.ContentItemForm_ItemFragmentDoc,
    "\n  fragment ItemGeneration_item on ContentItem {\n    id\n    generated\n    untouched\n    briefVersion\n    imagePrompt\n    persona {\n      id\n      briefVersion\n    }\n    asset {\n      id\n      url\n      width\n      height\n      mimeType\n      source\n      prompt\n    }\n  }\n": typeof types.ItemGeneration_ItemFragmentDoc,
    "\n  query CaptionHistory($itemId: ID!) {\n    contentItem(id: $itemId) {\n      id\n      captionHistory(first: 5) {\n        id\n        caption\n        replacedAt\n        replacedBy {\n          kind\n          name\n        }\n      }\n    }\n  }\n": typeof types.CaptionHistoryDocument,
    "\n  mutation CreateContentItem($input: CreateContentItemInput!) {\n    createContentItem(input: $input) {\n      id\n      ...SavedItem_item\n    }\n  }\n": typeof types.CreateContentItemDocument,
    "\n  mutation GenerateImage($itemId: ID!, $expectedVersion: Int!) {\n    generateImage(itemId: $itemId, expectedVersion: $expectedVersion) {\n      id\n      version\n      updatedAt\n      ...ContentItemForm_item\n      ...ItemGeneration_item\n    }\n  }\n": typeof types.GenerateImageDocument,
    "\n  query PersonaImages($personaId: ID!) {\n    assets(personaId: $personaId, first: 24) {\n      nodes {\n        id\n        url\n        width\n        height\n        prompt\n      }\n    }\n  }\n": typeof types.PersonaImagesDocument,
    "\n  query PersonaPlanOptions($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      contentPlans(first: 100) {\n        id\n        title\n      }\n    }\n  }\n": typeof types.PersonaPlanOptionsDocument,
    "\n  mutation ProposeCaption($itemId: ID!, $draft: String!) {\n    proposeCaption(itemId: $itemId, draft: $draft) {\n      caption\n      item {\n        id\n        persona {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ProposeCaptionDocument,
    "\n  query ReloadContentItem($id: ID!) {\n    contentItem(id: $id) {\n      id\n      ...SavedItem_item\n      ...ContentItemForm_item\n      ...ItemGeneration_item\n    }\n  }\n": typeof types.ReloadContentItemDocument,
    "\n  mutation SetItemAsset($id: ID!, $input: UpdateContentItemInput!) {\n    updateContentItem(id: $id, input: $input) {\n      id\n      version\n      updatedAt\n      ...ItemGeneration_item\n    }\n  }\n": typeof types.SetItemAssetDocument,
    "\n  fragment SavedItem_item on ContentItem {\n    id\n    version\n    updatedAt\n    title\n    caption\n    hashtags\n    platform\n    status\n    scheduledAt\n    publishedAt\n    failureReason\n    plan {\n      id\n      title\n    }\n    asset {\n      id\n      url\n    }\n    channel {\n      id\n      platform\n      accountName\n    }\n  }\n": typeof types.SavedItem_ItemFragmentDoc,
    "\n  mutation UpdateContentItem($id: ID!, $input: UpdateContentItemInput!) {\n    updateContentItem(id: $id, input: $input) {\n      id\n      ...SavedItem_item\n      ...ContentItemForm_item\n      ...ItemGeneration_item\n    }\n  }\n": typeof types.UpdateContentItemDocument,
    "\n  fragment Recommendations_fields on Recommendations {\n    basedOnPosts\n    historyDays\n    confidence\n    summary\n    simulated\n    slots {\n      weekday\n      hour\n      engagementRate\n      posts\n      explanation\n    }\n    insights {\n      kind\n      label\n      lift\n      posts\n      explanation\n    }\n  }\n": typeof types.Recommendations_FieldsFragmentDoc,
    "\n  mutation RestoreFromTrash($ids: [ID!]!) {\n    restoreFromTrash(ids: $ids)\n  }\n": typeof types.RestoreFromTrashDocument,
};
const documents: Documents = {
    "\n  query BulkScheduleChannels($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      name\n      channelIntegrations {\n        id\n        platform\n        accountName\n        status\n        nextQueueTime\n      }\n    }\n  }\n": types.BulkScheduleChannelsDocument,
    "\n  fragment BulkItemsResult_result on BulkItemsResult {\n    doneIds\n    items {\n      id\n      status\n      version\n      scheduledAt\n      updatedAt\n    }\n    refused {\n      itemId\n      code\n      reason\n      item {\n        id\n        title\n        status\n        version\n      }\n    }\n  }\n": types.BulkItemsResult_ResultFragmentDoc,
    "\n  mutation MoveContentItems($items: [ItemVersionInput!]!, $to: ContentItemStatus!) {\n    moveContentItems(items: $items, to: $to) {\n      ...BulkItemsResult_result\n    }\n  }\n": types.MoveContentItemsDocument,
    "\n  mutation ScheduleContentItems($ids: [ID!]!, $channelId: ID!, $queue: Boolean!) {\n    scheduleContentItems(ids: $ids, channelId: $channelId, queue: $queue) {\n      ...BulkItemsResult_result\n    }\n  }\n": types.ScheduleContentItemsDocument,
    "\n  mutation DeleteContentItems($ids: [ID!]!) {\n    deleteContentItems(ids: $ids) {\n      ...BulkItemsResult_result\n    }\n  }\n": types.DeleteContentItemsDocument,
    "\n  query PersonaAnalyticsPage($id: ID!, $from: DateTime!, $to: DateTime!) {\n    persona(id: $id) {\n      id\n      analyticsSummary(from: $from, to: $to) {\n        timeZone\n        simulated\n        posts\n        ...HeadlineStats_summary\n        ...DailyCharts_summary\n        ...PostRankings_summary\n        ...FollowerChart_summary\n        ...PlatformBreakdown_summary\n        ...BestTimeHeatmap_summary\n      }\n      ...AnalyticsRecommendations_persona\n      # Whether an empty dashboard may offer a simulated history (see AnalyticsEmptyState).\n      recommendations {\n        basedOnPosts\n      }\n      channelIntegrations {\n        id\n        platform\n        status\n      }\n      simulatedHistory {\n        id\n        posts\n      }\n    }\n  }\n": types.PersonaAnalyticsPageDocument,
    "\n  fragment AnalyticsRecommendations_persona on Persona {\n    timeZone\n    recommendations {\n      ...Recommendations_fields\n    }\n  }\n": types.AnalyticsRecommendations_PersonaFragmentDoc,
    "\n  fragment BestTimeHeatmap_summary on PersonaAnalytics {\n    timeZone\n    heatmap {\n      weekday\n      hour\n      posts\n      engagementRate\n    }\n  }\n": types.BestTimeHeatmap_SummaryFragmentDoc,
    "\n  fragment DailyCharts_summary on PersonaAnalytics {\n    daily {\n      day\n      reach\n      totalInteractions\n      engagementRate\n    }\n  }\n": types.DailyCharts_SummaryFragmentDoc,
    "\n  fragment FollowerChart_summary on PersonaAnalytics {\n    followers {\n      unavailable\n      series {\n        day\n        followers\n      }\n    }\n  }\n": types.FollowerChart_SummaryFragmentDoc,
    "\n  fragment HeadlineStats_summary on PersonaAnalytics {\n    posts\n    engagementRate\n    totals {\n      views\n      reach\n      totalInteractions\n    }\n    followers {\n      change\n      unavailable\n    }\n  }\n": types.HeadlineStats_SummaryFragmentDoc,
    "\n  fragment PlatformBreakdown_summary on PersonaAnalytics {\n    byPlatform {\n      platform\n      posts\n      engagementRate\n      totals {\n        reach\n        totalInteractions\n      }\n    }\n  }\n": types.PlatformBreakdown_SummaryFragmentDoc,
    "\n  fragment PostPerformanceCard_post on PostPerformance {\n    platform\n    publishedAt\n    reach\n    views\n    totalInteractions\n    engagementRate\n    simulated\n    item {\n      id\n      title\n      caption\n      asset {\n        id\n        url\n        prompt\n      }\n    }\n  }\n": types.PostPerformanceCard_PostFragmentDoc,
    "\n  fragment PostRankings_summary on PersonaAnalytics {\n    topPosts(first: 5) {\n      item {\n        id\n      }\n      ...PostPerformanceCard_post\n    }\n    bottomPosts(first: 5) {\n      item {\n        id\n      }\n      ...PostPerformanceCard_post\n    }\n  }\n": types.PostRankings_SummaryFragmentDoc,
    "\n  query AnalyticsExport($id: ID!, $from: DateTime!, $to: DateTime!) {\n    persona(id: $id) {\n      id\n      analyticsSummary(from: $from, to: $to) {\n        timeZone\n        simulated\n        posts\n        daily {\n          day\n          posts\n          views\n          reach\n          totalInteractions\n          engagementRate\n          followers\n          simulated\n        }\n        measuredPosts(first: 1000) {\n          ...AnalyticsExport_post\n        }\n      }\n    }\n  }\n": types.AnalyticsExportDocument,
    "\n  fragment AnalyticsExport_post on PostPerformance {\n    platform\n    publishedAt\n    views\n    reach\n    likes\n    comments\n    shares\n    saved\n    totalInteractions\n    engagementRate\n    simulated\n    item {\n      id\n      title\n    }\n  }\n": types.AnalyticsExport_PostFragmentDoc,
    "\n  subscription PersonaAnalyticsUpdated($personaId: ID!) {\n    analyticsUpdated(personaId: $personaId) {\n      personaId\n      itemId\n      capturedAt\n    }\n  }\n": types.PersonaAnalyticsUpdatedDocument,
    "\n  mutation RemoveSimulatedHistory($personaId: ID!) {\n    removeSimulatedHistory(personaId: $personaId) {\n      posts\n    }\n  }\n": types.RemoveSimulatedHistoryDocument,
    "\n  mutation SimulateSandboxHistory($personaId: ID!) {\n    simulateSandboxHistory(personaId: $personaId) {\n      id\n      posts\n    }\n  }\n": types.SimulateSandboxHistoryDocument,
    "\n  query PersonaAnalyticsRoute($id: ID!) {\n    persona(id: $id) {\n      id\n      name\n      handle\n      timeZone\n    }\n  }\n": types.PersonaAnalyticsRouteDocument,
    "\n  fragment AssetCard_asset on Asset {\n    id\n    url\n    width\n    height\n    mimeType\n    byteSize\n    source\n    prompt\n    persona {\n      id\n      handle\n    }\n    usedBy {\n      id\n      title\n      persona {\n        id\n      }\n    }\n  }\n": types.AssetCard_AssetFragmentDoc,
    "\n  mutation DeleteAsset($id: ID!) {\n    deleteAsset(id: $id) {\n      id\n    }\n  }\n": types.DeleteAssetDocument,
    "\n  query AssetLibraryPage($personaId: ID, $first: Int!, $after: String) {\n    personas(includeArchived: true, first: 100) {\n      nodes {\n        id\n        name\n        handle\n      }\n    }\n    assets(personaId: $personaId, first: $first, after: $after) {\n      nodes {\n        id\n        ...AssetCard_asset\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AssetLibraryPageDocument,
    "\n  fragment AccountSecurity_viewer on Viewer {\n    id\n    email\n    emailVerified\n    activeSessions\n  }\n": types.AccountSecurity_ViewerFragmentDoc,
    "\n  fragment EmailConfirmationNotice_viewer on Viewer {\n    id\n    email\n    emailVerified\n  }\n": types.EmailConfirmationNotice_ViewerFragmentDoc,
    "\n  fragment ProfileForm_viewer on Viewer {\n    id\n    email\n    profile {\n      displayName\n      timeZone\n      updatedAt\n    }\n  }\n": types.ProfileForm_ViewerFragmentDoc,
    "\n  fragment UserMenu_viewer on Viewer {\n    id\n    email\n    profile {\n      displayName\n    }\n  }\n": types.UserMenu_ViewerFragmentDoc,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SignOutOtherSessions {\n    signOutOtherSessions\n  }\n": types.SignOutOtherSessionsDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input)\n  }\n": types.VerifyEmailDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": types.ResendVerificationEmailDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      token\n      viewer {\n        id\n        ...UserMenu_viewer\n        ...EmailConfirmationNotice_viewer\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      viewer {\n        id\n        ...UserMenu_viewer\n        ...EmailConfirmationNotice_viewer\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      viewer {\n        id\n        ...UserMenu_viewer\n        ...EmailConfirmationNotice_viewer\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      displayName\n      timeZone\n      updatedAt\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  query ProfilePage {\n    viewer {\n      id\n      ...ProfileForm_viewer\n      ...AccountSecurity_viewer\n    }\n  }\n": types.ProfilePageDocument,
    "\n  query SessionViewer {\n    viewer {\n      id\n      ...UserMenu_viewer\n      ...EmailConfirmationNotice_viewer\n    }\n  }\n": types.SessionViewerDocument,
    "\n  fragment BoardCard_item on ContentItem {\n    id\n    title\n    platform\n    status\n    scheduledAt\n    failureReason\n    version\n    simulated\n    persona {\n      id\n      handle\n      timeZone\n    }\n    plan {\n      id\n    }\n    asset {\n      id\n      url\n    }\n    channel {\n      id\n      platform\n      accountName\n    }\n  }\n": types.BoardCard_ItemFragmentDoc,
    "\n  fragment ContentBoard_query on Query {\n    idea: contentItems(filter: $idea, orderBy: SCHEDULED_AT_ASC, first: 100) {\n      ...BoardColumn_list\n    }\n    draft: contentItems(filter: $draft, orderBy: SCHEDULED_AT_ASC, first: 100) {\n      ...BoardColumn_list\n    }\n    ready: contentItems(filter: $ready, orderBy: SCHEDULED_AT_ASC, first: 100) {\n      ...BoardColumn_list\n    }\n    scheduled: contentItems(filter: $scheduled, orderBy: SCHEDULED_AT_ASC, first: 100) {\n      ...BoardColumn_list\n    }\n    posted: contentItems(filter: $posted, orderBy: CREATED_AT_DESC, first: 100) {\n      ...BoardColumn_list\n    }\n    failed: contentItems(filter: $failed, orderBy: SCHEDULED_AT_ASC, first: 100) {\n      ...BoardColumn_list\n    }\n  }\n": types.ContentBoard_QueryFragmentDoc,
    "\n  fragment ItemContentReadOnly_item on ContentItem {\n    id\n    caption\n    hashtags\n    imagePrompt\n    scheduledAt\n    plan {\n      id\n      title\n    }\n    persona {\n      id\n      timeZone\n    }\n    asset {\n      id\n      url\n      width\n      height\n      prompt\n    }\n  }\n": types.ItemContentReadOnly_ItemFragmentDoc,
    "\n  fragment ItemDetails_item on ContentItem {\n    id\n    platform\n    status\n    publishedAt\n    failureReason\n    persona {\n      id\n      name\n      handle\n      timeZone\n      briefVersion\n    }\n    generated\n    untouched\n    briefVersion\n    statusHistory {\n      id\n      ...StatusTimeline_change\n    }\n    scheduledPosts {\n      id\n      state\n      runAt\n      publishedAt\n      permalink\n      lastError\n      channel {\n        id\n        accountName\n      }\n    }\n    ...BoardCard_item\n    ...ItemPerformance_item\n    ...ItemContentReadOnly_item\n    ...ContentItemForm_item\n    ...ItemGeneration_item\n  }\n": types.ItemDetails_ItemFragmentDoc,
    "\n  query BoardItemDrawer($id: ID!) {\n    contentItem(id: $id) {\n      id\n      title\n      ...ItemDetails_item\n    }\n    platforms {\n      platform\n      label\n      canPublish\n    }\n    generator {\n      kind\n      label\n      textModel\n      imageModel\n    }\n  }\n": types.BoardItemDrawerDocument,
    "\n  fragment ItemPerformance_item on ContentItem {\n    status\n    performance {\n      capturedAt\n      views\n      reach\n      likes\n      comments\n      shares\n      saved\n      totalInteractions\n      engagementRate\n      simulated\n    }\n    analytics {\n      id\n      capturedAt\n      checkpoint\n      views\n      reach\n      likes\n      comments\n      shares\n      saved\n      totalInteractions\n      simulated\n      unavailable\n    }\n  }\n": types.ItemPerformance_ItemFragmentDoc,
    "\n  fragment StatusTimeline_change on StatusChange {\n    id\n    from\n    to\n    changedAt\n    reason\n    actor {\n      kind\n      name\n    }\n  }\n": types.StatusTimeline_ChangeFragmentDoc,
    "\n  fragment BoardColumn_list on ContentItemConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      ...BoardCard_item\n    }\n  }\n": types.BoardColumn_ListFragmentDoc,
    "\n  subscription BoardItemChanged($personaId: ID) {\n    contentItemChanged(personaId: $personaId) {\n      kind\n      itemId\n      item {\n        id\n        ...BoardCard_item\n      }\n    }\n  }\n": types.BoardItemChangedDocument,
    "\n  subscription BoardStatusChanged($personaId: ID) {\n    contentItemStatusChanged(personaId: $personaId) {\n      item {\n        id\n        ...BoardCard_item\n        persona {\n          id\n        }\n        plan {\n          id\n        }\n      }\n      change {\n        id\n        ...StatusTimeline_change\n      }\n    }\n  }\n": types.BoardStatusChangedDocument,
    "\n  subscription BoardPostUpdated($personaId: ID) {\n    scheduledPostUpdated(personaId: $personaId) {\n      id\n      state\n      runAt\n      publishedAt\n      permalink\n      lastError\n    }\n  }\n": types.BoardPostUpdatedDocument,
    "\n  query BoardColumnPage($filter: ContentItemFilter!, $orderBy: ContentItemOrder!, $after: String!) {\n    contentItems(filter: $filter, orderBy: $orderBy, first: 100, after: $after) {\n      ...BoardColumn_list\n    }\n  }\n": types.BoardColumnPageDocument,
    "\n  mutation MoveContentItem($id: ID!, $to: ContentItemStatus!, $expectedVersion: Int!) {\n    moveContentItem(id: $id, to: $to, expectedVersion: $expectedVersion) {\n      id\n      ...BoardCard_item\n    }\n  }\n": types.MoveContentItemDocument,
    "\n  mutation ScheduleContentItem($id: ID!, $input: UpdateContentItemInput!) {\n    updateContentItem(id: $id, input: $input) {\n      id\n      ...BoardCard_item\n    }\n  }\n": types.ScheduleContentItemDocument,
    "\n  query BoardPage(\n    $idea: ContentItemFilter!\n    $draft: ContentItemFilter!\n    $ready: ContentItemFilter!\n    $scheduled: ContentItemFilter!\n    $posted: ContentItemFilter!\n    $failed: ContentItemFilter!\n  ) {\n    personas(includeArchived: true, first: 100) {\n      nodes {\n        id\n        name\n        handle\n      }\n    }\n    platforms {\n      platform\n      label\n      canPublish\n    }\n    ...ContentBoard_query\n  }\n": types.BoardPageDocument,
    "\n  query PersonaBoardPage(\n    $personaId: ID!\n    $idea: ContentItemFilter!\n    $draft: ContentItemFilter!\n    $ready: ContentItemFilter!\n    $scheduled: ContentItemFilter!\n    $posted: ContentItemFilter!\n    $failed: ContentItemFilter!\n  ) {\n    persona(id: $personaId) {\n      id\n      name\n      handle\n      contentPlans(first: 100) {\n        id\n        title\n      }\n    }\n    platforms {\n      platform\n      label\n      canPublish\n    }\n    ...ContentBoard_query\n  }\n": types.PersonaBoardPageDocument,
    "\n  fragment CalendarPost_post on ScheduledPost {\n    id\n    runAt\n    state\n    attempts\n    permalink\n    publishedAt\n    lastError\n    channel {\n      id\n      platform\n      accountName\n    }\n    item {\n      id\n      title\n      status\n      platform\n      scheduledAt\n      version\n      simulated\n      persona {\n        id\n        name\n        handle\n        timeZone\n      }\n    }\n  }\n": types.CalendarPost_PostFragmentDoc,
    "\n  query CalendarPosts($filter: ScheduledPostFilter!) {\n    scheduledPosts(filter: $filter) {\n      id\n      ...CalendarPost_post\n    }\n  }\n": types.CalendarPostsDocument,
    "\n  subscription CalendarPostUpdated($personaId: ID) {\n    scheduledPostUpdated(personaId: $personaId) {\n      id\n      ...CalendarPost_post\n    }\n  }\n": types.CalendarPostUpdatedDocument,
    "\n  mutation CancelScheduledPost($id: ID!) {\n    cancelScheduledPost(id: $id) {\n      id\n      ...CalendarPost_post\n      item {\n        id\n        persona {\n          id\n        }\n        plan {\n          id\n        }\n      }\n    }\n  }\n": types.CancelScheduledPostDocument,
    "\n  query CalendarPlannedItems($filter: ContentItemFilter!) {\n    contentItems(filter: $filter, orderBy: SCHEDULED_AT_ASC, first: 100) {\n      nodes {\n        id\n        title\n        status\n        version\n        scheduledAt\n        simulated\n        persona {\n          id\n          name\n          timeZone\n        }\n        asset {\n          id\n          url\n        }\n      }\n    }\n  }\n": types.CalendarPlannedItemsDocument,
    "\n  mutation PlanCalendarItem($id: ID!, $input: UpdateContentItemInput!) {\n    updateContentItem(id: $id, input: $input) {\n      id\n      version\n      scheduledAt\n      updatedAt\n    }\n  }\n": types.PlanCalendarItemDocument,
    "\n  mutation ReschedulePost($id: ID!, $at: ScheduleTimeInput!) {\n    reschedulePost(id: $id, at: $at) {\n      id\n      ...CalendarPost_post\n    }\n  }\n": types.ReschedulePostDocument,
    "\n  query CalendarPage {\n    personas(includeArchived: true, first: 100) {\n      nodes {\n        id\n        name\n        handle\n        timeZone\n      }\n    }\n  }\n": types.CalendarPageDocument,
    "\n  query PersonaCalendarPage($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      name\n      handle\n      timeZone\n    }\n  }\n": types.PersonaCalendarPageDocument,
    "\n  fragment ChannelCard_channel on ChannelIntegration {\n    id\n    platform\n    accountName\n    externalAccountId\n    status\n    statusReason\n    tokenExpiresAt\n    tokenRefreshedAt\n    scopes\n    publishingQuota {\n      used\n      total\n      windowSeconds\n    }\n    postingSlots {\n      weekday\n      time\n    }\n    nextQueueTime\n    createdAt\n    updatedAt\n  }\n": types.ChannelCard_ChannelFragmentDoc,
    "\n  subscription ChannelUpdated($personaId: ID!) {\n    channelIntegrationUpdated(personaId: $personaId) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n": types.ChannelUpdatedDocument,
    "\n  mutation StartInstagramConnection($personaId: ID!) {\n    startInstagramConnection(personaId: $personaId) {\n      authorizeUrl\n    }\n  }\n": types.StartInstagramConnectionDocument,
    "\n  mutation ConnectSandboxChannel($personaId: ID!) {\n    connectSandboxChannel(personaId: $personaId) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n": types.ConnectSandboxChannelDocument,
    "\n  mutation DisconnectChannel($id: ID!) {\n    disconnectChannel(id: $id) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n": types.DisconnectChannelDocument,
    "\n  mutation SetPostingSlots($channelId: ID!, $slots: [PostingSlotInput!]!) {\n    setPostingSlots(channelId: $channelId, slots: $slots) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n": types.SetPostingSlotsDocument,
    "\n  query ChannelsPage($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      name\n      handle\n      timeZone\n      channelIntegrations {\n        id\n        ...ChannelCard_channel\n      }\n    }\n    platforms {\n      platform\n      canConnect\n      connectUnavailableReason\n    }\n  }\n": types.ChannelsPageDocument,
    "\n  query ContentItemEditor($id: ID!) {\n    contentItem(id: $id) {\n      id\n      ...ContentItemForm_item\n      ...ItemGeneration_item\n    }\n  }\n": types.ContentItemEditorDocument,
    "\n  fragment ContentItemRow_item on ContentItem {\n    id\n    version\n    title\n    caption\n    platform\n    status\n    scheduledAt\n    publishedAt\n    failureReason\n    simulated\n    persona {\n      id\n      name\n      handle\n      timeZone\n    }\n    plan {\n      id\n      title\n    }\n  }\n": types.ContentItemRow_ItemFragmentDoc,
    "\n  mutation DeleteContentItem($id: ID!) {\n    deleteContentItem(id: $id) {\n      id\n    }\n  }\n": types.DeleteContentItemDocument,
    "\n  query ContentListPage($filter: ContentItemFilter!, $orderBy: ContentItemOrder!, $first: Int!, $after: String) {\n    personas(includeArchived: true, first: 100) {\n      nodes {\n        id\n        name\n        handle\n        timeZone\n      }\n    }\n    contentItems(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...ContentItemRow_item\n        ...ContentItemForm_item\n        ...ItemGeneration_item\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    platforms {\n      platform\n      label\n      canPublish\n    }\n    generator {\n      kind\n      label\n      textModel\n      imageModel\n    }\n  }\n": types.ContentListPageDocument,
    "\n  fragment LiveFeed_event on ContentItemStatusEvent {\n    previousStatus\n    newStatus\n    changedAt\n    item {\n      id\n      title\n      persona {\n        id\n        handle\n      }\n    }\n    change {\n      id\n      actor {\n        kind\n        name\n      }\n    }\n  }\n": types.LiveFeed_EventFragmentDoc,
    "\n  fragment RecentFailures_item on ContentItem {\n    id\n    title\n    platform\n    failureReason\n    persona {\n      id\n      handle\n    }\n  }\n": types.RecentFailures_ItemFragmentDoc,
    "\n  fragment StatusCountsTable_persona on Persona {\n    id\n    name\n    handle\n    itemCounts {\n      idea\n      draft\n      ready\n      scheduled\n      posted\n      failed\n      total\n    }\n  }\n": types.StatusCountsTable_PersonaFragmentDoc,
    "\n  fragment UpcomingItems_item on ContentItem {\n    id\n    title\n    platform\n    scheduledAt\n    persona {\n      id\n      handle\n      timeZone\n    }\n  }\n": types.UpcomingItems_ItemFragmentDoc,
    "\n  subscription DashboardStatusChanged {\n    contentItemStatusChanged {\n      change {\n        id\n      }\n      ...LiveFeed_event\n    }\n  }\n": types.DashboardStatusChangedDocument,
    "\n  subscription DashboardItemChanged {\n    contentItemChanged {\n      kind\n      itemId\n    }\n  }\n": types.DashboardItemChangedDocument,
    "\n  query DashboardPage($now: DateTime!) {\n    personas(first: 100) {\n      nodes {\n        id\n        ...StatusCountsTable_persona\n      }\n    }\n    upcoming: contentItems(\n      filter: { status: [SCHEDULED], scheduledFrom: $now }\n      orderBy: SCHEDULED_AT_ASC\n      first: 10\n    ) {\n      nodes {\n        id\n        ...UpcomingItems_item\n      }\n    }\n    failures: contentItems(filter: { status: [FAILED] }, orderBy: CREATED_AT_DESC, first: 10) {\n      totalCount\n      nodes {\n        id\n        ...RecentFailures_item\n      }\n    }\n  }\n": types.DashboardPageDocument,
    "\n  fragment GridTile_item on ContentItem {\n    id\n    title\n    status\n    scheduledAt\n    publishedAt\n    asset {\n      id\n      url\n      prompt\n    }\n  }\n": types.GridTile_ItemFragmentDoc,
    "\n  mutation ReorderUpcomingPosts($input: ReorderUpcomingPostsInput!) {\n    reorderUpcomingPosts(input: $input) {\n      id\n      scheduledAt\n      version\n      updatedAt\n    }\n  }\n": types.ReorderUpcomingPostsDocument,
    "\n  query InstagramGridPage($personaId: ID!, $upcoming: ContentItemFilter!, $publishedFrom: DateTime!, $publishedTo: DateTime!) {\n    persona(id: $personaId) {\n      id\n      name\n      handle\n      timeZone\n    }\n    upcoming: contentItems(filter: $upcoming, orderBy: SCHEDULED_AT_ASC, first: 60) {\n      nodes {\n        id\n        scheduledAt\n        ...GridTile_item\n      }\n    }\n    published: scheduledPosts(filter: { personaId: $personaId, from: $publishedFrom, to: $publishedTo, states: [PUBLISHED] }) {\n      id\n      publishedAt\n      item {\n        id\n        platform\n        ...GridTile_item\n      }\n    }\n  }\n": types.InstagramGridPageDocument,
    "\n  query PersonaBriefHistory($id: ID!) {\n    persona(id: $id) {\n      id\n      briefVersion\n      briefVersions(first: 100) {\n        version\n        changedFields\n        restoredFrom\n        createdAt\n        changedBy {\n          kind\n          name\n        }\n        brief {\n          name\n          handle\n          niche\n          voice\n          style\n          personality\n          bio\n          aesthetic\n          platformStrategy {\n            platforms\n            postsPerWeek\n            cadence\n            goals\n          }\n          topics\n          avoid\n          examplePosts\n        }\n      }\n    }\n  }\n": types.PersonaBriefHistoryDocument,
    "\n  fragment PersonaBrief_persona on Persona {\n    id\n    briefVersion\n    brief\n  }\n": types.PersonaBrief_PersonaFragmentDoc,
    "\n  fragment PersonaCard_persona on Persona {\n    id\n    name\n    handle\n    niche\n    archivedAt\n    platformStrategy {\n      platforms\n    }\n    itemCounts {\n      idea\n      draft\n      ready\n      scheduled\n      posted\n      failed\n      total\n    }\n  }\n": types.PersonaCard_PersonaFragmentDoc,
    "\n  fragment PersonaForm_persona on Persona {\n    id\n    name\n    handle\n    niche\n    voice\n    style\n    personality\n    bio\n    aesthetic\n    timeZone\n    platformStrategy {\n      platforms\n      postsPerWeek\n      cadence\n      goals\n    }\n    topics\n    avoid\n    examplePosts\n  }\n": types.PersonaForm_PersonaFragmentDoc,
    "\n  fragment PersonaGenerationActivity_persona on Persona {\n    id\n    timeZone\n    generationUsage {\n      runs\n      inputTokens\n      outputTokens\n    }\n    generationRuns(first: 5) {\n      id\n      kind\n      state\n      generator\n      model\n      inputTokens\n      outputTokens\n      createdAt\n      error\n      plan {\n        id\n        title\n      }\n    }\n  }\n": types.PersonaGenerationActivity_PersonaFragmentDoc,
    "\n  fragment PersonaOutdatedItems_persona on Persona {\n    id\n    timeZone\n    briefVersion\n    outdatedItems(first: 20) {\n      id\n      title\n      caption\n      platform\n      status\n      scheduledAt\n      version\n      briefVersion\n    }\n  }\n": types.PersonaOutdatedItems_PersonaFragmentDoc,
    "\n  fragment PersonaProfile_persona on Persona {\n    id\n    niche\n    bio\n    voice\n    style\n    personality\n    aesthetic\n    timeZone\n    platformStrategy {\n      platforms\n      postsPerWeek\n      cadence\n      goals\n    }\n  }\n": types.PersonaProfile_PersonaFragmentDoc,
    "\n  fragment PersonaPublishing_persona on Persona {\n    id\n    channelIntegrations {\n      id\n      platform\n      accountName\n      status\n      statusReason\n    }\n  }\n": types.PersonaPublishing_PersonaFragmentDoc,
    "\n  subscription PersonaChannelUpdated($personaId: ID!) {\n    channelIntegrationUpdated(personaId: $personaId) {\n      id\n      platform\n      accountName\n      status\n      statusReason\n    }\n  }\n": types.PersonaChannelUpdatedDocument,
    "\n  fragment PersonaRecentItems_persona on Persona {\n    id\n    timeZone\n    recentItems(first: 5) {\n      id\n      title\n      platform\n      status\n      scheduledAt\n      plan {\n        id\n        title\n      }\n    }\n  }\n": types.PersonaRecentItems_PersonaFragmentDoc,
    "\n  mutation ArchivePersona($id: ID!) {\n    archivePersona(id: $id) {\n      id\n      archivedAt\n      updatedAt\n    }\n  }\n": types.ArchivePersonaDocument,
    "\n  mutation UnarchivePersona($id: ID!) {\n    unarchivePersona(id: $id) {\n      id\n      archivedAt\n      updatedAt\n    }\n  }\n": types.UnarchivePersonaDocument,
    "\n  mutation CreateDemoPersona {\n    createDemoPersona {\n      id\n      ...PersonaCard_persona\n    }\n  }\n": types.CreateDemoPersonaDocument,
    "\n  mutation CreatePersona($input: CreatePersonaInput!) {\n    createPersona(input: $input) {\n      id\n      ...PersonaCard_persona\n    }\n  }\n": types.CreatePersonaDocument,
    "\n  mutation RestorePersonaBriefVersion($personaId: ID!, $version: Int!) {\n    restorePersonaBriefVersion(personaId: $personaId, version: $version) {\n      id\n      briefVersion\n    }\n  }\n": types.RestorePersonaBriefVersionDocument,
    "\n  mutation ProposeRewriteForBrief($itemId: ID!) {\n    proposeCaption(itemId: $itemId) {\n      caption\n      run {\n        id\n        briefVersion\n      }\n    }\n  }\n": types.ProposeRewriteForBriefDocument,
    "\n  mutation KeepRewriteForBrief($id: ID!, $input: UpdateContentItemInput!) {\n    updateContentItem(id: $id, input: $input) {\n      id\n      version\n      caption\n      briefVersion\n      updatedAt\n    }\n  }\n": types.KeepRewriteForBriefDocument,
    "\n  mutation UpdatePersona($id: ID!, $input: UpdatePersonaInput!) {\n    updatePersona(id: $id, input: $input) {\n      id\n      updatedAt\n      briefVersion\n      brief\n      ...PersonaForm_persona\n    }\n  }\n": types.UpdatePersonaDocument,
    "\n  query PersonaDetailPage($id: ID!) {\n    persona(id: $id) {\n      id\n      name\n      handle\n      archivedAt\n      itemCounts {\n        idea\n        draft\n        ready\n        scheduled\n        posted\n        failed\n        total\n      }\n      ...PersonaPublishing_persona\n      ...PersonaProfile_persona\n      ...PersonaBrief_persona\n      ...PersonaOutdatedItems_persona\n      ...PersonaGenerationActivity_persona\n      ...PersonaRecentItems_persona\n    }\n  }\n": types.PersonaDetailPageDocument,
    "\n  query PersonaEditPage($id: ID!) {\n    persona(id: $id) {\n      id\n      name\n      timeZone\n      ...PersonaForm_persona\n    }\n    platforms {\n      platform\n      label\n      canPublish\n    }\n  }\n": types.PersonaEditPageDocument,
    "\n  query PersonaListPage($includeArchived: Boolean!, $first: Int!, $after: String) {\n    personas(includeArchived: $includeArchived, first: $first, after: $after) {\n      nodes {\n        id\n        ...PersonaCard_persona\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PersonaListPageDocument,
    "\n  query PersonaNewPage {\n    viewer {\n      id\n      profile {\n        timeZone\n      }\n    }\n    platforms {\n      platform\n      label\n      canPublish\n    }\n  }\n": types.PersonaNewPageDocument,
    "\n  fragment PlanGenerationRun_run on GenerationRun {\n    id\n    kind\n    state\n    progress\n    error\n    generator\n    model\n    inputTokens\n    outputTokens\n    createdAt\n    finishedAt\n    plan {\n      id\n    }\n  }\n": types.PlanGenerationRun_RunFragmentDoc,
    "\n  fragment PlanForm_plan on ContentPlan {\n    id\n    title\n    description\n    startDate\n    endDate\n    frequency {\n      count\n      period\n    }\n    platforms\n  }\n": types.PlanForm_PlanFragmentDoc,
    "\n  fragment PlanGenerationPanel_plan on ContentPlan {\n    id\n    targetPostCount\n    untouchedIdeas\n    itemCounts {\n      total\n    }\n  }\n": types.PlanGenerationPanel_PlanFragmentDoc,
    "\n  fragment PlanItemList_plan on ContentPlan {\n    id\n    persona {\n      id\n      timeZone\n      briefVersion\n    }\n    items(first: 100) {\n      id\n      title\n      platform\n      status\n      scheduledAt\n      generated\n      untouched\n      briefVersion\n    }\n  }\n": types.PlanItemList_PlanFragmentDoc,
    "\n  fragment PlanListItem_plan on ContentPlan {\n    id\n    title\n    startDate\n    endDate\n    frequency {\n      count\n      period\n    }\n    targetPostCount\n    itemCounts {\n      total\n      posted\n    }\n  }\n": types.PlanListItem_PlanFragmentDoc,
    "\n  fragment PlanRecommendations_persona on Persona {\n    id\n    timeZone\n    recommendations {\n      ...Recommendations_fields\n    }\n  }\n": types.PlanRecommendations_PersonaFragmentDoc,
    "\n  mutation CancelGeneration($id: ID!) {\n    cancelGeneration(id: $id) {\n      id\n      ...PlanGenerationRun_run\n    }\n  }\n": types.CancelGenerationDocument,
    "\n  mutation CreateContentPlan($input: CreateContentPlanInput!) {\n    createContentPlan(input: $input) {\n      id\n      ...PlanListItem_plan\n    }\n  }\n": types.CreateContentPlanDocument,
    "\n  mutation DeleteContentPlan($id: ID!) {\n    deleteContentPlan(id: $id) {\n      id\n    }\n  }\n": types.DeleteContentPlanDocument,
    "\n  mutation GeneratePlanIdeas($planId: ID!) {\n    generatePlanIdeas(planId: $planId) {\n      id\n      ...PlanGenerationRun_run\n    }\n  }\n": types.GeneratePlanIdeasDocument,
    "\n  subscription PlanGenerationRunUpdated($personaId: ID!) {\n    generationRunUpdated(personaId: $personaId) {\n      id\n      ...PlanGenerationRun_run\n    }\n  }\n": types.PlanGenerationRunUpdatedDocument,
    "\n  mutation ScheduleReadyPlanItems($planId: ID!, $channelId: ID!) {\n    scheduleReadyPlanItems(planId: $planId, channelId: $channelId) {\n      scheduled {\n        id\n        runAt\n      }\n      skipped {\n        item {\n          id\n          title\n        }\n        reason\n      }\n    }\n  }\n": types.ScheduleReadyPlanItemsDocument,
    "\n  mutation UpdateContentPlan($id: ID!, $input: UpdateContentPlanInput!) {\n    updateContentPlan(id: $id, input: $input) {\n      id\n      ...PlanForm_plan\n      targetPostCount\n      updatedAt\n      persona {\n        id\n      }\n    }\n  }\n": types.UpdateContentPlanDocument,
    "\n  query PersonaPlansSection($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      contentPlans(first: 40) {\n        id\n        ...PlanListItem_plan\n      }\n    }\n  }\n": types.PersonaPlansSectionDocument,
    "\n  query PlanDetailPage($id: ID!) {\n    contentPlan(id: $id) {\n      id\n      title\n      description\n      startDate\n      endDate\n      frequency {\n        count\n        period\n      }\n      platforms\n      targetPostCount\n      itemCounts {\n        idea\n        draft\n        ready\n        scheduled\n        posted\n        failed\n        total\n      }\n      persona {\n        id\n        name\n        handle\n        timeZone\n        channelIntegrations {\n          id\n          platform\n          accountName\n          status\n        }\n        generationRuns(first: 20) {\n          id\n          ...PlanGenerationRun_run\n        }\n        ...PlanRecommendations_persona\n      }\n      ...PlanGenerationPanel_plan\n      ...PlanItemList_plan\n    }\n    generator {\n      kind\n      label\n      textModel\n      imageModel\n    }\n  }\n": types.PlanDetailPageDocument,
    "\n  query PlanEditPage($id: ID!) {\n    contentPlan(id: $id) {\n      id\n      title\n      targetPostCount\n      persona {\n        id\n        name\n        platformStrategy {\n          platforms\n        }\n      }\n      ...PlanForm_plan\n    }\n    platforms {\n      platform\n      label\n      canPublish\n    }\n  }\n": types.PlanEditPageDocument,
    "\n  query PlanNewPage($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      name\n      handle\n      platformStrategy {\n        platforms\n      }\n    }\n    platforms {\n      platform\n      label\n      canPublish\n    }\n  }\n": types.PlanNewPageDocument,
    "\n  fragment SandboxPostCard_post on SandboxPost {\n    id\n    caption\n    hashtags\n    publishedAt\n    permalink\n    simulated\n    asset {\n      id\n      url\n      width\n      height\n      prompt\n    }\n    item {\n      id\n      title\n    }\n  }\n": types.SandboxPostCard_PostFragmentDoc,
    "\n  query SandboxFeedPage($personaId: ID!, $includeSimulated: Boolean!) {\n    persona(id: $personaId) {\n      id\n      name\n      handle\n      timeZone\n    }\n    sandboxFeed(personaId: $personaId, first: 50, includeSimulated: $includeSimulated) {\n      id\n      ...SandboxPostCard_post\n    }\n  }\n": types.SandboxFeedPageDocument,
    "\n  subscription SandboxPostPublished($personaId: ID!) {\n    scheduledPostUpdated(personaId: $personaId) {\n      id\n      state\n    }\n  }\n": types.SandboxPostPublishedDocument,
    "\n  query ScheduleDialog($itemId: ID!) {\n    contentItem(id: $itemId) {\n      id\n      title\n      ...SchedulePostForm_item\n    }\n  }\n": types.ScheduleDialogDocument,
    "\n  fragment SchedulePostForm_item on ContentItem {\n    id\n    title\n    status\n    platform\n    version\n    scheduledAt\n    caption\n    asset {\n      id\n      url\n    }\n    persona {\n      id\n      name\n      handle\n      timeZone\n      channelIntegrations {\n        id\n        platform\n        accountName\n        status\n        nextQueueTime\n      }\n      suggestedPostTimes(first: 3) {\n        at\n        reason\n      }\n    }\n  }\n": types.SchedulePostForm_ItemFragmentDoc,
    "\n  mutation SchedulePost($input: SchedulePostInput!) {\n    schedulePost(input: $input) {\n      id\n      runAt\n      state\n      channel {\n        id\n        accountName\n      }\n      item {\n        id\n        status\n        scheduledAt\n        failureReason\n        version\n        updatedAt\n        persona {\n          id\n        }\n        plan {\n          id\n        }\n      }\n    }\n  }\n": types.SchedulePostDocument,
    "\n  mutation DeleteFromTrash($ids: [ID!]!) {\n    deleteFromTrash(ids: $ids)\n  }\n": types.DeleteFromTrashDocument,
    "\n  query TrashPage($after: String) {\n    trash(first: 50, after: $after) {\n      totalCount\n      nodes {\n        id\n        kind\n        title\n        deletedAt\n        purgeAt\n        persona {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TrashPageDocument,
    "\n  fragment ContentItemForm_item on ContentItem {\n    id\n    title\n    caption\n    platform\n    status\n    scheduledAt\n    version\n    persona {\n      id\n      timeZone\n    }\n    plan {\n      id\n    }\n  }\n": types.ContentItemForm_ItemFragmentDoc,
    "\n  fragment ItemGeneration_item on ContentItem {\n    id\n    generated\n    untouched\n    briefVersion\n    imagePrompt\n    persona {\n      id\n      briefVersion\n    }\n    asset {\n      id\n      url\n      width\n      height\n      mimeType\n      source\n      prompt\n    }\n  }\n": types.ItemGeneration_ItemFragmentDoc,
    "\n  query CaptionHistory($itemId: ID!) {\n    contentItem(id: $itemId) {\n      id\n      captionHistory(first: 5) {\n        id\n        caption\n        replacedAt\n        replacedBy {\n          kind\n          name\n        }\n      }\n    }\n  }\n": types.CaptionHistoryDocument,
    "\n  mutation CreateContentItem($input: CreateContentItemInput!) {\n    createContentItem(input: $input) {\n      id\n      ...SavedItem_item\n    }\n  }\n": types.CreateContentItemDocument,
    "\n  mutation GenerateImage($itemId: ID!, $expectedVersion: Int!) {\n    generateImage(itemId: $itemId, expectedVersion: $expectedVersion) {\n      id\n      version\n      updatedAt\n      ...ContentItemForm_item\n      ...ItemGeneration_item\n    }\n  }\n": types.GenerateImageDocument,
    "\n  query PersonaImages($personaId: ID!) {\n    assets(personaId: $personaId, first: 24) {\n      nodes {\n        id\n        url\n        width\n        height\n        prompt\n      }\n    }\n  }\n": types.PersonaImagesDocument,
    "\n  query PersonaPlanOptions($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      contentPlans(first: 100) {\n        id\n        title\n      }\n    }\n  }\n": types.PersonaPlanOptionsDocument,
    "\n  mutation ProposeCaption($itemId: ID!, $draft: String!) {\n    proposeCaption(itemId: $itemId, draft: $draft) {\n      caption\n      item {\n        id\n        persona {\n          id\n        }\n      }\n    }\n  }\n": types.ProposeCaptionDocument,
    "\n  query ReloadContentItem($id: ID!) {\n    contentItem(id: $id) {\n      id\n      ...SavedItem_item\n      ...ContentItemForm_item\n      ...ItemGeneration_item\n    }\n  }\n": types.ReloadContentItemDocument,
    "\n  mutation SetItemAsset($id: ID!, $input: UpdateContentItemInput!) {\n    updateContentItem(id: $id, input: $input) {\n      id\n      version\n      updatedAt\n      ...ItemGeneration_item\n    }\n  }\n": types.SetItemAssetDocument,
    "\n  fragment SavedItem_item on ContentItem {\n    id\n    version\n    updatedAt\n    title\n    caption\n    hashtags\n    platform\n    status\n    scheduledAt\n    publishedAt\n    failureReason\n    plan {\n      id\n      title\n    }\n    asset {\n      id\n      url\n    }\n    channel {\n      id\n      platform\n      accountName\n    }\n  }\n": types.SavedItem_ItemFragmentDoc,
    "\n  mutation UpdateContentItem($id: ID!, $input: UpdateContentItemInput!) {\n    updateContentItem(id: $id, input: $input) {\n      id\n      ...SavedItem_item\n      ...ContentItemForm_item\n      ...ItemGeneration_item\n    }\n  }\n": types.UpdateContentItemDocument,
    "\n  fragment Recommendations_fields on Recommendations {\n    basedOnPosts\n    historyDays\n    confidence\n    summary\n    simulated\n    slots {\n      weekday\n      hour\n      engagementRate\n      posts\n      explanation\n    }\n    insights {\n      kind\n      label\n      lift\n      posts\n      explanation\n    }\n  }\n": types.Recommendations_FieldsFragmentDoc,
    "\n  mutation RestoreFromTrash($ids: [ID!]!) {\n    restoreFromTrash(ids: $ids)\n  }\n": types.RestoreFromTrashDocument,
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
export function graphql(source: "\n  query BulkScheduleChannels($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      name\n      channelIntegrations {\n        id\n        platform\n        accountName\n        status\n        nextQueueTime\n      }\n    }\n  }\n"): (typeof documents)["\n  query BulkScheduleChannels($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      name\n      channelIntegrations {\n        id\n        platform\n        accountName\n        status\n        nextQueueTime\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BulkItemsResult_result on BulkItemsResult {\n    doneIds\n    items {\n      id\n      status\n      version\n      scheduledAt\n      updatedAt\n    }\n    refused {\n      itemId\n      code\n      reason\n      item {\n        id\n        title\n        status\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BulkItemsResult_result on BulkItemsResult {\n    doneIds\n    items {\n      id\n      status\n      version\n      scheduledAt\n      updatedAt\n    }\n    refused {\n      itemId\n      code\n      reason\n      item {\n        id\n        title\n        status\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveContentItems($items: [ItemVersionInput!]!, $to: ContentItemStatus!) {\n    moveContentItems(items: $items, to: $to) {\n      ...BulkItemsResult_result\n    }\n  }\n"): (typeof documents)["\n  mutation MoveContentItems($items: [ItemVersionInput!]!, $to: ContentItemStatus!) {\n    moveContentItems(items: $items, to: $to) {\n      ...BulkItemsResult_result\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleContentItems($ids: [ID!]!, $channelId: ID!, $queue: Boolean!) {\n    scheduleContentItems(ids: $ids, channelId: $channelId, queue: $queue) {\n      ...BulkItemsResult_result\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleContentItems($ids: [ID!]!, $channelId: ID!, $queue: Boolean!) {\n    scheduleContentItems(ids: $ids, channelId: $channelId, queue: $queue) {\n      ...BulkItemsResult_result\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteContentItems($ids: [ID!]!) {\n    deleteContentItems(ids: $ids) {\n      ...BulkItemsResult_result\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteContentItems($ids: [ID!]!) {\n    deleteContentItems(ids: $ids) {\n      ...BulkItemsResult_result\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonaAnalyticsPage($id: ID!, $from: DateTime!, $to: DateTime!) {\n    persona(id: $id) {\n      id\n      analyticsSummary(from: $from, to: $to) {\n        timeZone\n        simulated\n        posts\n        ...HeadlineStats_summary\n        ...DailyCharts_summary\n        ...PostRankings_summary\n        ...FollowerChart_summary\n        ...PlatformBreakdown_summary\n        ...BestTimeHeatmap_summary\n      }\n      ...AnalyticsRecommendations_persona\n      # Whether an empty dashboard may offer a simulated history (see AnalyticsEmptyState).\n      recommendations {\n        basedOnPosts\n      }\n      channelIntegrations {\n        id\n        platform\n        status\n      }\n      simulatedHistory {\n        id\n        posts\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonaAnalyticsPage($id: ID!, $from: DateTime!, $to: DateTime!) {\n    persona(id: $id) {\n      id\n      analyticsSummary(from: $from, to: $to) {\n        timeZone\n        simulated\n        posts\n        ...HeadlineStats_summary\n        ...DailyCharts_summary\n        ...PostRankings_summary\n        ...FollowerChart_summary\n        ...PlatformBreakdown_summary\n        ...BestTimeHeatmap_summary\n      }\n      ...AnalyticsRecommendations_persona\n      # Whether an empty dashboard may offer a simulated history (see AnalyticsEmptyState).\n      recommendations {\n        basedOnPosts\n      }\n      channelIntegrations {\n        id\n        platform\n        status\n      }\n      simulatedHistory {\n        id\n        posts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnalyticsRecommendations_persona on Persona {\n    timeZone\n    recommendations {\n      ...Recommendations_fields\n    }\n  }\n"): (typeof documents)["\n  fragment AnalyticsRecommendations_persona on Persona {\n    timeZone\n    recommendations {\n      ...Recommendations_fields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BestTimeHeatmap_summary on PersonaAnalytics {\n    timeZone\n    heatmap {\n      weekday\n      hour\n      posts\n      engagementRate\n    }\n  }\n"): (typeof documents)["\n  fragment BestTimeHeatmap_summary on PersonaAnalytics {\n    timeZone\n    heatmap {\n      weekday\n      hour\n      posts\n      engagementRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DailyCharts_summary on PersonaAnalytics {\n    daily {\n      day\n      reach\n      totalInteractions\n      engagementRate\n    }\n  }\n"): (typeof documents)["\n  fragment DailyCharts_summary on PersonaAnalytics {\n    daily {\n      day\n      reach\n      totalInteractions\n      engagementRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowerChart_summary on PersonaAnalytics {\n    followers {\n      unavailable\n      series {\n        day\n        followers\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FollowerChart_summary on PersonaAnalytics {\n    followers {\n      unavailable\n      series {\n        day\n        followers\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HeadlineStats_summary on PersonaAnalytics {\n    posts\n    engagementRate\n    totals {\n      views\n      reach\n      totalInteractions\n    }\n    followers {\n      change\n      unavailable\n    }\n  }\n"): (typeof documents)["\n  fragment HeadlineStats_summary on PersonaAnalytics {\n    posts\n    engagementRate\n    totals {\n      views\n      reach\n      totalInteractions\n    }\n    followers {\n      change\n      unavailable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlatformBreakdown_summary on PersonaAnalytics {\n    byPlatform {\n      platform\n      posts\n      engagementRate\n      totals {\n        reach\n        totalInteractions\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PlatformBreakdown_summary on PersonaAnalytics {\n    byPlatform {\n      platform\n      posts\n      engagementRate\n      totals {\n        reach\n        totalInteractions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostPerformanceCard_post on PostPerformance {\n    platform\n    publishedAt\n    reach\n    views\n    totalInteractions\n    engagementRate\n    simulated\n    item {\n      id\n      title\n      caption\n      asset {\n        id\n        url\n        prompt\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PostPerformanceCard_post on PostPerformance {\n    platform\n    publishedAt\n    reach\n    views\n    totalInteractions\n    engagementRate\n    simulated\n    item {\n      id\n      title\n      caption\n      asset {\n        id\n        url\n        prompt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostRankings_summary on PersonaAnalytics {\n    topPosts(first: 5) {\n      item {\n        id\n      }\n      ...PostPerformanceCard_post\n    }\n    bottomPosts(first: 5) {\n      item {\n        id\n      }\n      ...PostPerformanceCard_post\n    }\n  }\n"): (typeof documents)["\n  fragment PostRankings_summary on PersonaAnalytics {\n    topPosts(first: 5) {\n      item {\n        id\n      }\n      ...PostPerformanceCard_post\n    }\n    bottomPosts(first: 5) {\n      item {\n        id\n      }\n      ...PostPerformanceCard_post\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsExport($id: ID!, $from: DateTime!, $to: DateTime!) {\n    persona(id: $id) {\n      id\n      analyticsSummary(from: $from, to: $to) {\n        timeZone\n        simulated\n        posts\n        daily {\n          day\n          posts\n          views\n          reach\n          totalInteractions\n          engagementRate\n          followers\n          simulated\n        }\n        measuredPosts(first: 1000) {\n          ...AnalyticsExport_post\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsExport($id: ID!, $from: DateTime!, $to: DateTime!) {\n    persona(id: $id) {\n      id\n      analyticsSummary(from: $from, to: $to) {\n        timeZone\n        simulated\n        posts\n        daily {\n          day\n          posts\n          views\n          reach\n          totalInteractions\n          engagementRate\n          followers\n          simulated\n        }\n        measuredPosts(first: 1000) {\n          ...AnalyticsExport_post\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnalyticsExport_post on PostPerformance {\n    platform\n    publishedAt\n    views\n    reach\n    likes\n    comments\n    shares\n    saved\n    totalInteractions\n    engagementRate\n    simulated\n    item {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment AnalyticsExport_post on PostPerformance {\n    platform\n    publishedAt\n    views\n    reach\n    likes\n    comments\n    shares\n    saved\n    totalInteractions\n    engagementRate\n    simulated\n    item {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PersonaAnalyticsUpdated($personaId: ID!) {\n    analyticsUpdated(personaId: $personaId) {\n      personaId\n      itemId\n      capturedAt\n    }\n  }\n"): (typeof documents)["\n  subscription PersonaAnalyticsUpdated($personaId: ID!) {\n    analyticsUpdated(personaId: $personaId) {\n      personaId\n      itemId\n      capturedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSimulatedHistory($personaId: ID!) {\n    removeSimulatedHistory(personaId: $personaId) {\n      posts\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveSimulatedHistory($personaId: ID!) {\n    removeSimulatedHistory(personaId: $personaId) {\n      posts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SimulateSandboxHistory($personaId: ID!) {\n    simulateSandboxHistory(personaId: $personaId) {\n      id\n      posts\n    }\n  }\n"): (typeof documents)["\n  mutation SimulateSandboxHistory($personaId: ID!) {\n    simulateSandboxHistory(personaId: $personaId) {\n      id\n      posts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonaAnalyticsRoute($id: ID!) {\n    persona(id: $id) {\n      id\n      name\n      handle\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query PersonaAnalyticsRoute($id: ID!) {\n    persona(id: $id) {\n      id\n      name\n      handle\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssetCard_asset on Asset {\n    id\n    url\n    width\n    height\n    mimeType\n    byteSize\n    source\n    prompt\n    persona {\n      id\n      handle\n    }\n    usedBy {\n      id\n      title\n      persona {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AssetCard_asset on Asset {\n    id\n    url\n    width\n    height\n    mimeType\n    byteSize\n    source\n    prompt\n    persona {\n      id\n      handle\n    }\n    usedBy {\n      id\n      title\n      persona {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAsset($id: ID!) {\n    deleteAsset(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteAsset($id: ID!) {\n    deleteAsset(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetLibraryPage($personaId: ID, $first: Int!, $after: String) {\n    personas(includeArchived: true, first: 100) {\n      nodes {\n        id\n        name\n        handle\n      }\n    }\n    assets(personaId: $personaId, first: $first, after: $after) {\n      nodes {\n        id\n        ...AssetCard_asset\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssetLibraryPage($personaId: ID, $first: Int!, $after: String) {\n    personas(includeArchived: true, first: 100) {\n      nodes {\n        id\n        name\n        handle\n      }\n    }\n    assets(personaId: $personaId, first: $first, after: $after) {\n      nodes {\n        id\n        ...AssetCard_asset\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountSecurity_viewer on Viewer {\n    id\n    email\n    emailVerified\n    activeSessions\n  }\n"): (typeof documents)["\n  fragment AccountSecurity_viewer on Viewer {\n    id\n    email\n    emailVerified\n    activeSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmailConfirmationNotice_viewer on Viewer {\n    id\n    email\n    emailVerified\n  }\n"): (typeof documents)["\n  fragment EmailConfirmationNotice_viewer on Viewer {\n    id\n    email\n    emailVerified\n  }\n"];
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
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutOtherSessions {\n    signOutOtherSessions\n  }\n"): (typeof documents)["\n  mutation SignOutOtherSessions {\n    signOutOtherSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input)\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n"): (typeof documents)["\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      token\n      viewer {\n        id\n        ...UserMenu_viewer\n        ...EmailConfirmationNotice_viewer\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      token\n      viewer {\n        id\n        ...UserMenu_viewer\n        ...EmailConfirmationNotice_viewer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      viewer {\n        id\n        ...UserMenu_viewer\n        ...EmailConfirmationNotice_viewer\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      viewer {\n        id\n        ...UserMenu_viewer\n        ...EmailConfirmationNotice_viewer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      viewer {\n        id\n        ...UserMenu_viewer\n        ...EmailConfirmationNotice_viewer\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      viewer {\n        id\n        ...UserMenu_viewer\n        ...EmailConfirmationNotice_viewer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      displayName\n      timeZone\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      displayName\n      timeZone\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfilePage {\n    viewer {\n      id\n      ...ProfileForm_viewer\n      ...AccountSecurity_viewer\n    }\n  }\n"): (typeof documents)["\n  query ProfilePage {\n    viewer {\n      id\n      ...ProfileForm_viewer\n      ...AccountSecurity_viewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionViewer {\n    viewer {\n      id\n      ...UserMenu_viewer\n      ...EmailConfirmationNotice_viewer\n    }\n  }\n"): (typeof documents)["\n  query SessionViewer {\n    viewer {\n      id\n      ...UserMenu_viewer\n      ...EmailConfirmationNotice_viewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardCard_item on ContentItem {\n    id\n    title\n    platform\n    status\n    scheduledAt\n    failureReason\n    version\n    simulated\n    persona {\n      id\n      handle\n      timeZone\n    }\n    plan {\n      id\n    }\n    asset {\n      id\n      url\n    }\n    channel {\n      id\n      platform\n      accountName\n    }\n  }\n"): (typeof documents)["\n  fragment BoardCard_item on ContentItem {\n    id\n    title\n    platform\n    status\n    scheduledAt\n    failureReason\n    version\n    simulated\n    persona {\n      id\n      handle\n      timeZone\n    }\n    plan {\n      id\n    }\n    asset {\n      id\n      url\n    }\n    channel {\n      id\n      platform\n      accountName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContentBoard_query on Query {\n    idea: contentItems(filter: $idea, orderBy: SCHEDULED_AT_ASC, first: 100) {\n      ...BoardColumn_list\n    }\n    draft: contentItems(filter: $draft, orderBy: SCHEDULED_AT_ASC, first: 100) {\n      ...BoardColumn_list\n    }\n    ready: contentItems(filter: $ready, orderBy: SCHEDULED_AT_ASC, first: 100) {\n      ...BoardColumn_list\n    }\n    scheduled: contentItems(filter: $scheduled, orderBy: SCHEDULED_AT_ASC, first: 100) {\n      ...BoardColumn_list\n    }\n    posted: contentItems(filter: $posted, orderBy: CREATED_AT_DESC, first: 100) {\n      ...BoardColumn_list\n    }\n    failed: contentItems(filter: $failed, orderBy: SCHEDULED_AT_ASC, first: 100) {\n      ...BoardColumn_list\n    }\n  }\n"): (typeof documents)["\n  fragment ContentBoard_query on Query {\n    idea: contentItems(filter: $idea, orderBy: SCHEDULED_AT_ASC, first: 100) {\n      ...BoardColumn_list\n    }\n    draft: contentItems(filter: $draft, orderBy: SCHEDULED_AT_ASC, first: 100) {\n      ...BoardColumn_list\n    }\n    ready: contentItems(filter: $ready, orderBy: SCHEDULED_AT_ASC, first: 100) {\n      ...BoardColumn_list\n    }\n    scheduled: contentItems(filter: $scheduled, orderBy: SCHEDULED_AT_ASC, first: 100) {\n      ...BoardColumn_list\n    }\n    posted: contentItems(filter: $posted, orderBy: CREATED_AT_DESC, first: 100) {\n      ...BoardColumn_list\n    }\n    failed: contentItems(filter: $failed, orderBy: SCHEDULED_AT_ASC, first: 100) {\n      ...BoardColumn_list\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ItemContentReadOnly_item on ContentItem {\n    id\n    caption\n    hashtags\n    imagePrompt\n    scheduledAt\n    plan {\n      id\n      title\n    }\n    persona {\n      id\n      timeZone\n    }\n    asset {\n      id\n      url\n      width\n      height\n      prompt\n    }\n  }\n"): (typeof documents)["\n  fragment ItemContentReadOnly_item on ContentItem {\n    id\n    caption\n    hashtags\n    imagePrompt\n    scheduledAt\n    plan {\n      id\n      title\n    }\n    persona {\n      id\n      timeZone\n    }\n    asset {\n      id\n      url\n      width\n      height\n      prompt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ItemDetails_item on ContentItem {\n    id\n    platform\n    status\n    publishedAt\n    failureReason\n    persona {\n      id\n      name\n      handle\n      timeZone\n      briefVersion\n    }\n    generated\n    untouched\n    briefVersion\n    statusHistory {\n      id\n      ...StatusTimeline_change\n    }\n    scheduledPosts {\n      id\n      state\n      runAt\n      publishedAt\n      permalink\n      lastError\n      channel {\n        id\n        accountName\n      }\n    }\n    ...BoardCard_item\n    ...ItemPerformance_item\n    ...ItemContentReadOnly_item\n    ...ContentItemForm_item\n    ...ItemGeneration_item\n  }\n"): (typeof documents)["\n  fragment ItemDetails_item on ContentItem {\n    id\n    platform\n    status\n    publishedAt\n    failureReason\n    persona {\n      id\n      name\n      handle\n      timeZone\n      briefVersion\n    }\n    generated\n    untouched\n    briefVersion\n    statusHistory {\n      id\n      ...StatusTimeline_change\n    }\n    scheduledPosts {\n      id\n      state\n      runAt\n      publishedAt\n      permalink\n      lastError\n      channel {\n        id\n        accountName\n      }\n    }\n    ...BoardCard_item\n    ...ItemPerformance_item\n    ...ItemContentReadOnly_item\n    ...ContentItemForm_item\n    ...ItemGeneration_item\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardItemDrawer($id: ID!) {\n    contentItem(id: $id) {\n      id\n      title\n      ...ItemDetails_item\n    }\n    platforms {\n      platform\n      label\n      canPublish\n    }\n    generator {\n      kind\n      label\n      textModel\n      imageModel\n    }\n  }\n"): (typeof documents)["\n  query BoardItemDrawer($id: ID!) {\n    contentItem(id: $id) {\n      id\n      title\n      ...ItemDetails_item\n    }\n    platforms {\n      platform\n      label\n      canPublish\n    }\n    generator {\n      kind\n      label\n      textModel\n      imageModel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ItemPerformance_item on ContentItem {\n    status\n    performance {\n      capturedAt\n      views\n      reach\n      likes\n      comments\n      shares\n      saved\n      totalInteractions\n      engagementRate\n      simulated\n    }\n    analytics {\n      id\n      capturedAt\n      checkpoint\n      views\n      reach\n      likes\n      comments\n      shares\n      saved\n      totalInteractions\n      simulated\n      unavailable\n    }\n  }\n"): (typeof documents)["\n  fragment ItemPerformance_item on ContentItem {\n    status\n    performance {\n      capturedAt\n      views\n      reach\n      likes\n      comments\n      shares\n      saved\n      totalInteractions\n      engagementRate\n      simulated\n    }\n    analytics {\n      id\n      capturedAt\n      checkpoint\n      views\n      reach\n      likes\n      comments\n      shares\n      saved\n      totalInteractions\n      simulated\n      unavailable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatusTimeline_change on StatusChange {\n    id\n    from\n    to\n    changedAt\n    reason\n    actor {\n      kind\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment StatusTimeline_change on StatusChange {\n    id\n    from\n    to\n    changedAt\n    reason\n    actor {\n      kind\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardColumn_list on ContentItemConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      ...BoardCard_item\n    }\n  }\n"): (typeof documents)["\n  fragment BoardColumn_list on ContentItemConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      ...BoardCard_item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardItemChanged($personaId: ID) {\n    contentItemChanged(personaId: $personaId) {\n      kind\n      itemId\n      item {\n        id\n        ...BoardCard_item\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription BoardItemChanged($personaId: ID) {\n    contentItemChanged(personaId: $personaId) {\n      kind\n      itemId\n      item {\n        id\n        ...BoardCard_item\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardStatusChanged($personaId: ID) {\n    contentItemStatusChanged(personaId: $personaId) {\n      item {\n        id\n        ...BoardCard_item\n        persona {\n          id\n        }\n        plan {\n          id\n        }\n      }\n      change {\n        id\n        ...StatusTimeline_change\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription BoardStatusChanged($personaId: ID) {\n    contentItemStatusChanged(personaId: $personaId) {\n      item {\n        id\n        ...BoardCard_item\n        persona {\n          id\n        }\n        plan {\n          id\n        }\n      }\n      change {\n        id\n        ...StatusTimeline_change\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardPostUpdated($personaId: ID) {\n    scheduledPostUpdated(personaId: $personaId) {\n      id\n      state\n      runAt\n      publishedAt\n      permalink\n      lastError\n    }\n  }\n"): (typeof documents)["\n  subscription BoardPostUpdated($personaId: ID) {\n    scheduledPostUpdated(personaId: $personaId) {\n      id\n      state\n      runAt\n      publishedAt\n      permalink\n      lastError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardColumnPage($filter: ContentItemFilter!, $orderBy: ContentItemOrder!, $after: String!) {\n    contentItems(filter: $filter, orderBy: $orderBy, first: 100, after: $after) {\n      ...BoardColumn_list\n    }\n  }\n"): (typeof documents)["\n  query BoardColumnPage($filter: ContentItemFilter!, $orderBy: ContentItemOrder!, $after: String!) {\n    contentItems(filter: $filter, orderBy: $orderBy, first: 100, after: $after) {\n      ...BoardColumn_list\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveContentItem($id: ID!, $to: ContentItemStatus!, $expectedVersion: Int!) {\n    moveContentItem(id: $id, to: $to, expectedVersion: $expectedVersion) {\n      id\n      ...BoardCard_item\n    }\n  }\n"): (typeof documents)["\n  mutation MoveContentItem($id: ID!, $to: ContentItemStatus!, $expectedVersion: Int!) {\n    moveContentItem(id: $id, to: $to, expectedVersion: $expectedVersion) {\n      id\n      ...BoardCard_item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleContentItem($id: ID!, $input: UpdateContentItemInput!) {\n    updateContentItem(id: $id, input: $input) {\n      id\n      ...BoardCard_item\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleContentItem($id: ID!, $input: UpdateContentItemInput!) {\n    updateContentItem(id: $id, input: $input) {\n      id\n      ...BoardCard_item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardPage(\n    $idea: ContentItemFilter!\n    $draft: ContentItemFilter!\n    $ready: ContentItemFilter!\n    $scheduled: ContentItemFilter!\n    $posted: ContentItemFilter!\n    $failed: ContentItemFilter!\n  ) {\n    personas(includeArchived: true, first: 100) {\n      nodes {\n        id\n        name\n        handle\n      }\n    }\n    platforms {\n      platform\n      label\n      canPublish\n    }\n    ...ContentBoard_query\n  }\n"): (typeof documents)["\n  query BoardPage(\n    $idea: ContentItemFilter!\n    $draft: ContentItemFilter!\n    $ready: ContentItemFilter!\n    $scheduled: ContentItemFilter!\n    $posted: ContentItemFilter!\n    $failed: ContentItemFilter!\n  ) {\n    personas(includeArchived: true, first: 100) {\n      nodes {\n        id\n        name\n        handle\n      }\n    }\n    platforms {\n      platform\n      label\n      canPublish\n    }\n    ...ContentBoard_query\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonaBoardPage(\n    $personaId: ID!\n    $idea: ContentItemFilter!\n    $draft: ContentItemFilter!\n    $ready: ContentItemFilter!\n    $scheduled: ContentItemFilter!\n    $posted: ContentItemFilter!\n    $failed: ContentItemFilter!\n  ) {\n    persona(id: $personaId) {\n      id\n      name\n      handle\n      contentPlans(first: 100) {\n        id\n        title\n      }\n    }\n    platforms {\n      platform\n      label\n      canPublish\n    }\n    ...ContentBoard_query\n  }\n"): (typeof documents)["\n  query PersonaBoardPage(\n    $personaId: ID!\n    $idea: ContentItemFilter!\n    $draft: ContentItemFilter!\n    $ready: ContentItemFilter!\n    $scheduled: ContentItemFilter!\n    $posted: ContentItemFilter!\n    $failed: ContentItemFilter!\n  ) {\n    persona(id: $personaId) {\n      id\n      name\n      handle\n      contentPlans(first: 100) {\n        id\n        title\n      }\n    }\n    platforms {\n      platform\n      label\n      canPublish\n    }\n    ...ContentBoard_query\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalendarPost_post on ScheduledPost {\n    id\n    runAt\n    state\n    attempts\n    permalink\n    publishedAt\n    lastError\n    channel {\n      id\n      platform\n      accountName\n    }\n    item {\n      id\n      title\n      status\n      platform\n      scheduledAt\n      version\n      simulated\n      persona {\n        id\n        name\n        handle\n        timeZone\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CalendarPost_post on ScheduledPost {\n    id\n    runAt\n    state\n    attempts\n    permalink\n    publishedAt\n    lastError\n    channel {\n      id\n      platform\n      accountName\n    }\n    item {\n      id\n      title\n      status\n      platform\n      scheduledAt\n      version\n      simulated\n      persona {\n        id\n        name\n        handle\n        timeZone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarPosts($filter: ScheduledPostFilter!) {\n    scheduledPosts(filter: $filter) {\n      id\n      ...CalendarPost_post\n    }\n  }\n"): (typeof documents)["\n  query CalendarPosts($filter: ScheduledPostFilter!) {\n    scheduledPosts(filter: $filter) {\n      id\n      ...CalendarPost_post\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CalendarPostUpdated($personaId: ID) {\n    scheduledPostUpdated(personaId: $personaId) {\n      id\n      ...CalendarPost_post\n    }\n  }\n"): (typeof documents)["\n  subscription CalendarPostUpdated($personaId: ID) {\n    scheduledPostUpdated(personaId: $personaId) {\n      id\n      ...CalendarPost_post\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelScheduledPost($id: ID!) {\n    cancelScheduledPost(id: $id) {\n      id\n      ...CalendarPost_post\n      item {\n        id\n        persona {\n          id\n        }\n        plan {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelScheduledPost($id: ID!) {\n    cancelScheduledPost(id: $id) {\n      id\n      ...CalendarPost_post\n      item {\n        id\n        persona {\n          id\n        }\n        plan {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarPlannedItems($filter: ContentItemFilter!) {\n    contentItems(filter: $filter, orderBy: SCHEDULED_AT_ASC, first: 100) {\n      nodes {\n        id\n        title\n        status\n        version\n        scheduledAt\n        simulated\n        persona {\n          id\n          name\n          timeZone\n        }\n        asset {\n          id\n          url\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CalendarPlannedItems($filter: ContentItemFilter!) {\n    contentItems(filter: $filter, orderBy: SCHEDULED_AT_ASC, first: 100) {\n      nodes {\n        id\n        title\n        status\n        version\n        scheduledAt\n        simulated\n        persona {\n          id\n          name\n          timeZone\n        }\n        asset {\n          id\n          url\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanCalendarItem($id: ID!, $input: UpdateContentItemInput!) {\n    updateContentItem(id: $id, input: $input) {\n      id\n      version\n      scheduledAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PlanCalendarItem($id: ID!, $input: UpdateContentItemInput!) {\n    updateContentItem(id: $id, input: $input) {\n      id\n      version\n      scheduledAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReschedulePost($id: ID!, $at: ScheduleTimeInput!) {\n    reschedulePost(id: $id, at: $at) {\n      id\n      ...CalendarPost_post\n    }\n  }\n"): (typeof documents)["\n  mutation ReschedulePost($id: ID!, $at: ScheduleTimeInput!) {\n    reschedulePost(id: $id, at: $at) {\n      id\n      ...CalendarPost_post\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarPage {\n    personas(includeArchived: true, first: 100) {\n      nodes {\n        id\n        name\n        handle\n        timeZone\n      }\n    }\n  }\n"): (typeof documents)["\n  query CalendarPage {\n    personas(includeArchived: true, first: 100) {\n      nodes {\n        id\n        name\n        handle\n        timeZone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonaCalendarPage($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      name\n      handle\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query PersonaCalendarPage($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      name\n      handle\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChannelCard_channel on ChannelIntegration {\n    id\n    platform\n    accountName\n    externalAccountId\n    status\n    statusReason\n    tokenExpiresAt\n    tokenRefreshedAt\n    scopes\n    publishingQuota {\n      used\n      total\n      windowSeconds\n    }\n    postingSlots {\n      weekday\n      time\n    }\n    nextQueueTime\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ChannelCard_channel on ChannelIntegration {\n    id\n    platform\n    accountName\n    externalAccountId\n    status\n    statusReason\n    tokenExpiresAt\n    tokenRefreshedAt\n    scopes\n    publishingQuota {\n      used\n      total\n      windowSeconds\n    }\n    postingSlots {\n      weekday\n      time\n    }\n    nextQueueTime\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChannelUpdated($personaId: ID!) {\n    channelIntegrationUpdated(personaId: $personaId) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n"): (typeof documents)["\n  subscription ChannelUpdated($personaId: ID!) {\n    channelIntegrationUpdated(personaId: $personaId) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartInstagramConnection($personaId: ID!) {\n    startInstagramConnection(personaId: $personaId) {\n      authorizeUrl\n    }\n  }\n"): (typeof documents)["\n  mutation StartInstagramConnection($personaId: ID!) {\n    startInstagramConnection(personaId: $personaId) {\n      authorizeUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectSandboxChannel($personaId: ID!) {\n    connectSandboxChannel(personaId: $personaId) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n"): (typeof documents)["\n  mutation ConnectSandboxChannel($personaId: ID!) {\n    connectSandboxChannel(personaId: $personaId) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisconnectChannel($id: ID!) {\n    disconnectChannel(id: $id) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n"): (typeof documents)["\n  mutation DisconnectChannel($id: ID!) {\n    disconnectChannel(id: $id) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPostingSlots($channelId: ID!, $slots: [PostingSlotInput!]!) {\n    setPostingSlots(channelId: $channelId, slots: $slots) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n"): (typeof documents)["\n  mutation SetPostingSlots($channelId: ID!, $slots: [PostingSlotInput!]!) {\n    setPostingSlots(channelId: $channelId, slots: $slots) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChannelsPage($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      name\n      handle\n      timeZone\n      channelIntegrations {\n        id\n        ...ChannelCard_channel\n      }\n    }\n    platforms {\n      platform\n      canConnect\n      connectUnavailableReason\n    }\n  }\n"): (typeof documents)["\n  query ChannelsPage($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      name\n      handle\n      timeZone\n      channelIntegrations {\n        id\n        ...ChannelCard_channel\n      }\n    }\n    platforms {\n      platform\n      canConnect\n      connectUnavailableReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentItemEditor($id: ID!) {\n    contentItem(id: $id) {\n      id\n      ...ContentItemForm_item\n      ...ItemGeneration_item\n    }\n  }\n"): (typeof documents)["\n  query ContentItemEditor($id: ID!) {\n    contentItem(id: $id) {\n      id\n      ...ContentItemForm_item\n      ...ItemGeneration_item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContentItemRow_item on ContentItem {\n    id\n    version\n    title\n    caption\n    platform\n    status\n    scheduledAt\n    publishedAt\n    failureReason\n    simulated\n    persona {\n      id\n      name\n      handle\n      timeZone\n    }\n    plan {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment ContentItemRow_item on ContentItem {\n    id\n    version\n    title\n    caption\n    platform\n    status\n    scheduledAt\n    publishedAt\n    failureReason\n    simulated\n    persona {\n      id\n      name\n      handle\n      timeZone\n    }\n    plan {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteContentItem($id: ID!) {\n    deleteContentItem(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteContentItem($id: ID!) {\n    deleteContentItem(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentListPage($filter: ContentItemFilter!, $orderBy: ContentItemOrder!, $first: Int!, $after: String) {\n    personas(includeArchived: true, first: 100) {\n      nodes {\n        id\n        name\n        handle\n        timeZone\n      }\n    }\n    contentItems(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...ContentItemRow_item\n        ...ContentItemForm_item\n        ...ItemGeneration_item\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    platforms {\n      platform\n      label\n      canPublish\n    }\n    generator {\n      kind\n      label\n      textModel\n      imageModel\n    }\n  }\n"): (typeof documents)["\n  query ContentListPage($filter: ContentItemFilter!, $orderBy: ContentItemOrder!, $first: Int!, $after: String) {\n    personas(includeArchived: true, first: 100) {\n      nodes {\n        id\n        name\n        handle\n        timeZone\n      }\n    }\n    contentItems(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...ContentItemRow_item\n        ...ContentItemForm_item\n        ...ItemGeneration_item\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    platforms {\n      platform\n      label\n      canPublish\n    }\n    generator {\n      kind\n      label\n      textModel\n      imageModel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveFeed_event on ContentItemStatusEvent {\n    previousStatus\n    newStatus\n    changedAt\n    item {\n      id\n      title\n      persona {\n        id\n        handle\n      }\n    }\n    change {\n      id\n      actor {\n        kind\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment LiveFeed_event on ContentItemStatusEvent {\n    previousStatus\n    newStatus\n    changedAt\n    item {\n      id\n      title\n      persona {\n        id\n        handle\n      }\n    }\n    change {\n      id\n      actor {\n        kind\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecentFailures_item on ContentItem {\n    id\n    title\n    platform\n    failureReason\n    persona {\n      id\n      handle\n    }\n  }\n"): (typeof documents)["\n  fragment RecentFailures_item on ContentItem {\n    id\n    title\n    platform\n    failureReason\n    persona {\n      id\n      handle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatusCountsTable_persona on Persona {\n    id\n    name\n    handle\n    itemCounts {\n      idea\n      draft\n      ready\n      scheduled\n      posted\n      failed\n      total\n    }\n  }\n"): (typeof documents)["\n  fragment StatusCountsTable_persona on Persona {\n    id\n    name\n    handle\n    itemCounts {\n      idea\n      draft\n      ready\n      scheduled\n      posted\n      failed\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UpcomingItems_item on ContentItem {\n    id\n    title\n    platform\n    scheduledAt\n    persona {\n      id\n      handle\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  fragment UpcomingItems_item on ContentItem {\n    id\n    title\n    platform\n    scheduledAt\n    persona {\n      id\n      handle\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardStatusChanged {\n    contentItemStatusChanged {\n      change {\n        id\n      }\n      ...LiveFeed_event\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardStatusChanged {\n    contentItemStatusChanged {\n      change {\n        id\n      }\n      ...LiveFeed_event\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardItemChanged {\n    contentItemChanged {\n      kind\n      itemId\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardItemChanged {\n    contentItemChanged {\n      kind\n      itemId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPage($now: DateTime!) {\n    personas(first: 100) {\n      nodes {\n        id\n        ...StatusCountsTable_persona\n      }\n    }\n    upcoming: contentItems(\n      filter: { status: [SCHEDULED], scheduledFrom: $now }\n      orderBy: SCHEDULED_AT_ASC\n      first: 10\n    ) {\n      nodes {\n        id\n        ...UpcomingItems_item\n      }\n    }\n    failures: contentItems(filter: { status: [FAILED] }, orderBy: CREATED_AT_DESC, first: 10) {\n      totalCount\n      nodes {\n        id\n        ...RecentFailures_item\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardPage($now: DateTime!) {\n    personas(first: 100) {\n      nodes {\n        id\n        ...StatusCountsTable_persona\n      }\n    }\n    upcoming: contentItems(\n      filter: { status: [SCHEDULED], scheduledFrom: $now }\n      orderBy: SCHEDULED_AT_ASC\n      first: 10\n    ) {\n      nodes {\n        id\n        ...UpcomingItems_item\n      }\n    }\n    failures: contentItems(filter: { status: [FAILED] }, orderBy: CREATED_AT_DESC, first: 10) {\n      totalCount\n      nodes {\n        id\n        ...RecentFailures_item\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GridTile_item on ContentItem {\n    id\n    title\n    status\n    scheduledAt\n    publishedAt\n    asset {\n      id\n      url\n      prompt\n    }\n  }\n"): (typeof documents)["\n  fragment GridTile_item on ContentItem {\n    id\n    title\n    status\n    scheduledAt\n    publishedAt\n    asset {\n      id\n      url\n      prompt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderUpcomingPosts($input: ReorderUpcomingPostsInput!) {\n    reorderUpcomingPosts(input: $input) {\n      id\n      scheduledAt\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderUpcomingPosts($input: ReorderUpcomingPostsInput!) {\n    reorderUpcomingPosts(input: $input) {\n      id\n      scheduledAt\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstagramGridPage($personaId: ID!, $upcoming: ContentItemFilter!, $publishedFrom: DateTime!, $publishedTo: DateTime!) {\n    persona(id: $personaId) {\n      id\n      name\n      handle\n      timeZone\n    }\n    upcoming: contentItems(filter: $upcoming, orderBy: SCHEDULED_AT_ASC, first: 60) {\n      nodes {\n        id\n        scheduledAt\n        ...GridTile_item\n      }\n    }\n    published: scheduledPosts(filter: { personaId: $personaId, from: $publishedFrom, to: $publishedTo, states: [PUBLISHED] }) {\n      id\n      publishedAt\n      item {\n        id\n        platform\n        ...GridTile_item\n      }\n    }\n  }\n"): (typeof documents)["\n  query InstagramGridPage($personaId: ID!, $upcoming: ContentItemFilter!, $publishedFrom: DateTime!, $publishedTo: DateTime!) {\n    persona(id: $personaId) {\n      id\n      name\n      handle\n      timeZone\n    }\n    upcoming: contentItems(filter: $upcoming, orderBy: SCHEDULED_AT_ASC, first: 60) {\n      nodes {\n        id\n        scheduledAt\n        ...GridTile_item\n      }\n    }\n    published: scheduledPosts(filter: { personaId: $personaId, from: $publishedFrom, to: $publishedTo, states: [PUBLISHED] }) {\n      id\n      publishedAt\n      item {\n        id\n        platform\n        ...GridTile_item\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonaBriefHistory($id: ID!) {\n    persona(id: $id) {\n      id\n      briefVersion\n      briefVersions(first: 100) {\n        version\n        changedFields\n        restoredFrom\n        createdAt\n        changedBy {\n          kind\n          name\n        }\n        brief {\n          name\n          handle\n          niche\n          voice\n          style\n          personality\n          bio\n          aesthetic\n          platformStrategy {\n            platforms\n            postsPerWeek\n            cadence\n            goals\n          }\n          topics\n          avoid\n          examplePosts\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonaBriefHistory($id: ID!) {\n    persona(id: $id) {\n      id\n      briefVersion\n      briefVersions(first: 100) {\n        version\n        changedFields\n        restoredFrom\n        createdAt\n        changedBy {\n          kind\n          name\n        }\n        brief {\n          name\n          handle\n          niche\n          voice\n          style\n          personality\n          bio\n          aesthetic\n          platformStrategy {\n            platforms\n            postsPerWeek\n            cadence\n            goals\n          }\n          topics\n          avoid\n          examplePosts\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonaBrief_persona on Persona {\n    id\n    briefVersion\n    brief\n  }\n"): (typeof documents)["\n  fragment PersonaBrief_persona on Persona {\n    id\n    briefVersion\n    brief\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonaCard_persona on Persona {\n    id\n    name\n    handle\n    niche\n    archivedAt\n    platformStrategy {\n      platforms\n    }\n    itemCounts {\n      idea\n      draft\n      ready\n      scheduled\n      posted\n      failed\n      total\n    }\n  }\n"): (typeof documents)["\n  fragment PersonaCard_persona on Persona {\n    id\n    name\n    handle\n    niche\n    archivedAt\n    platformStrategy {\n      platforms\n    }\n    itemCounts {\n      idea\n      draft\n      ready\n      scheduled\n      posted\n      failed\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonaForm_persona on Persona {\n    id\n    name\n    handle\n    niche\n    voice\n    style\n    personality\n    bio\n    aesthetic\n    timeZone\n    platformStrategy {\n      platforms\n      postsPerWeek\n      cadence\n      goals\n    }\n    topics\n    avoid\n    examplePosts\n  }\n"): (typeof documents)["\n  fragment PersonaForm_persona on Persona {\n    id\n    name\n    handle\n    niche\n    voice\n    style\n    personality\n    bio\n    aesthetic\n    timeZone\n    platformStrategy {\n      platforms\n      postsPerWeek\n      cadence\n      goals\n    }\n    topics\n    avoid\n    examplePosts\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonaGenerationActivity_persona on Persona {\n    id\n    timeZone\n    generationUsage {\n      runs\n      inputTokens\n      outputTokens\n    }\n    generationRuns(first: 5) {\n      id\n      kind\n      state\n      generator\n      model\n      inputTokens\n      outputTokens\n      createdAt\n      error\n      plan {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PersonaGenerationActivity_persona on Persona {\n    id\n    timeZone\n    generationUsage {\n      runs\n      inputTokens\n      outputTokens\n    }\n    generationRuns(first: 5) {\n      id\n      kind\n      state\n      generator\n      model\n      inputTokens\n      outputTokens\n      createdAt\n      error\n      plan {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonaOutdatedItems_persona on Persona {\n    id\n    timeZone\n    briefVersion\n    outdatedItems(first: 20) {\n      id\n      title\n      caption\n      platform\n      status\n      scheduledAt\n      version\n      briefVersion\n    }\n  }\n"): (typeof documents)["\n  fragment PersonaOutdatedItems_persona on Persona {\n    id\n    timeZone\n    briefVersion\n    outdatedItems(first: 20) {\n      id\n      title\n      caption\n      platform\n      status\n      scheduledAt\n      version\n      briefVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonaProfile_persona on Persona {\n    id\n    niche\n    bio\n    voice\n    style\n    personality\n    aesthetic\n    timeZone\n    platformStrategy {\n      platforms\n      postsPerWeek\n      cadence\n      goals\n    }\n  }\n"): (typeof documents)["\n  fragment PersonaProfile_persona on Persona {\n    id\n    niche\n    bio\n    voice\n    style\n    personality\n    aesthetic\n    timeZone\n    platformStrategy {\n      platforms\n      postsPerWeek\n      cadence\n      goals\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonaPublishing_persona on Persona {\n    id\n    channelIntegrations {\n      id\n      platform\n      accountName\n      status\n      statusReason\n    }\n  }\n"): (typeof documents)["\n  fragment PersonaPublishing_persona on Persona {\n    id\n    channelIntegrations {\n      id\n      platform\n      accountName\n      status\n      statusReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PersonaChannelUpdated($personaId: ID!) {\n    channelIntegrationUpdated(personaId: $personaId) {\n      id\n      platform\n      accountName\n      status\n      statusReason\n    }\n  }\n"): (typeof documents)["\n  subscription PersonaChannelUpdated($personaId: ID!) {\n    channelIntegrationUpdated(personaId: $personaId) {\n      id\n      platform\n      accountName\n      status\n      statusReason\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation RestorePersonaBriefVersion($personaId: ID!, $version: Int!) {\n    restorePersonaBriefVersion(personaId: $personaId, version: $version) {\n      id\n      briefVersion\n    }\n  }\n"): (typeof documents)["\n  mutation RestorePersonaBriefVersion($personaId: ID!, $version: Int!) {\n    restorePersonaBriefVersion(personaId: $personaId, version: $version) {\n      id\n      briefVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeRewriteForBrief($itemId: ID!) {\n    proposeCaption(itemId: $itemId) {\n      caption\n      run {\n        id\n        briefVersion\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeRewriteForBrief($itemId: ID!) {\n    proposeCaption(itemId: $itemId) {\n      caption\n      run {\n        id\n        briefVersion\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeepRewriteForBrief($id: ID!, $input: UpdateContentItemInput!) {\n    updateContentItem(id: $id, input: $input) {\n      id\n      version\n      caption\n      briefVersion\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation KeepRewriteForBrief($id: ID!, $input: UpdateContentItemInput!) {\n    updateContentItem(id: $id, input: $input) {\n      id\n      version\n      caption\n      briefVersion\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePersona($id: ID!, $input: UpdatePersonaInput!) {\n    updatePersona(id: $id, input: $input) {\n      id\n      updatedAt\n      briefVersion\n      brief\n      ...PersonaForm_persona\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePersona($id: ID!, $input: UpdatePersonaInput!) {\n    updatePersona(id: $id, input: $input) {\n      id\n      updatedAt\n      briefVersion\n      brief\n      ...PersonaForm_persona\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonaDetailPage($id: ID!) {\n    persona(id: $id) {\n      id\n      name\n      handle\n      archivedAt\n      itemCounts {\n        idea\n        draft\n        ready\n        scheduled\n        posted\n        failed\n        total\n      }\n      ...PersonaPublishing_persona\n      ...PersonaProfile_persona\n      ...PersonaBrief_persona\n      ...PersonaOutdatedItems_persona\n      ...PersonaGenerationActivity_persona\n      ...PersonaRecentItems_persona\n    }\n  }\n"): (typeof documents)["\n  query PersonaDetailPage($id: ID!) {\n    persona(id: $id) {\n      id\n      name\n      handle\n      archivedAt\n      itemCounts {\n        idea\n        draft\n        ready\n        scheduled\n        posted\n        failed\n        total\n      }\n      ...PersonaPublishing_persona\n      ...PersonaProfile_persona\n      ...PersonaBrief_persona\n      ...PersonaOutdatedItems_persona\n      ...PersonaGenerationActivity_persona\n      ...PersonaRecentItems_persona\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonaEditPage($id: ID!) {\n    persona(id: $id) {\n      id\n      name\n      timeZone\n      ...PersonaForm_persona\n    }\n    platforms {\n      platform\n      label\n      canPublish\n    }\n  }\n"): (typeof documents)["\n  query PersonaEditPage($id: ID!) {\n    persona(id: $id) {\n      id\n      name\n      timeZone\n      ...PersonaForm_persona\n    }\n    platforms {\n      platform\n      label\n      canPublish\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonaListPage($includeArchived: Boolean!, $first: Int!, $after: String) {\n    personas(includeArchived: $includeArchived, first: $first, after: $after) {\n      nodes {\n        id\n        ...PersonaCard_persona\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonaListPage($includeArchived: Boolean!, $first: Int!, $after: String) {\n    personas(includeArchived: $includeArchived, first: $first, after: $after) {\n      nodes {\n        id\n        ...PersonaCard_persona\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonaNewPage {\n    viewer {\n      id\n      profile {\n        timeZone\n      }\n    }\n    platforms {\n      platform\n      label\n      canPublish\n    }\n  }\n"): (typeof documents)["\n  query PersonaNewPage {\n    viewer {\n      id\n      profile {\n        timeZone\n      }\n    }\n    platforms {\n      platform\n      label\n      canPublish\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanGenerationRun_run on GenerationRun {\n    id\n    kind\n    state\n    progress\n    error\n    generator\n    model\n    inputTokens\n    outputTokens\n    createdAt\n    finishedAt\n    plan {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment PlanGenerationRun_run on GenerationRun {\n    id\n    kind\n    state\n    progress\n    error\n    generator\n    model\n    inputTokens\n    outputTokens\n    createdAt\n    finishedAt\n    plan {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanForm_plan on ContentPlan {\n    id\n    title\n    description\n    startDate\n    endDate\n    frequency {\n      count\n      period\n    }\n    platforms\n  }\n"): (typeof documents)["\n  fragment PlanForm_plan on ContentPlan {\n    id\n    title\n    description\n    startDate\n    endDate\n    frequency {\n      count\n      period\n    }\n    platforms\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanGenerationPanel_plan on ContentPlan {\n    id\n    targetPostCount\n    untouchedIdeas\n    itemCounts {\n      total\n    }\n  }\n"): (typeof documents)["\n  fragment PlanGenerationPanel_plan on ContentPlan {\n    id\n    targetPostCount\n    untouchedIdeas\n    itemCounts {\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanItemList_plan on ContentPlan {\n    id\n    persona {\n      id\n      timeZone\n      briefVersion\n    }\n    items(first: 100) {\n      id\n      title\n      platform\n      status\n      scheduledAt\n      generated\n      untouched\n      briefVersion\n    }\n  }\n"): (typeof documents)["\n  fragment PlanItemList_plan on ContentPlan {\n    id\n    persona {\n      id\n      timeZone\n      briefVersion\n    }\n    items(first: 100) {\n      id\n      title\n      platform\n      status\n      scheduledAt\n      generated\n      untouched\n      briefVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanListItem_plan on ContentPlan {\n    id\n    title\n    startDate\n    endDate\n    frequency {\n      count\n      period\n    }\n    targetPostCount\n    itemCounts {\n      total\n      posted\n    }\n  }\n"): (typeof documents)["\n  fragment PlanListItem_plan on ContentPlan {\n    id\n    title\n    startDate\n    endDate\n    frequency {\n      count\n      period\n    }\n    targetPostCount\n    itemCounts {\n      total\n      posted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanRecommendations_persona on Persona {\n    id\n    timeZone\n    recommendations {\n      ...Recommendations_fields\n    }\n  }\n"): (typeof documents)["\n  fragment PlanRecommendations_persona on Persona {\n    id\n    timeZone\n    recommendations {\n      ...Recommendations_fields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelGeneration($id: ID!) {\n    cancelGeneration(id: $id) {\n      id\n      ...PlanGenerationRun_run\n    }\n  }\n"): (typeof documents)["\n  mutation CancelGeneration($id: ID!) {\n    cancelGeneration(id: $id) {\n      id\n      ...PlanGenerationRun_run\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation GeneratePlanIdeas($planId: ID!) {\n    generatePlanIdeas(planId: $planId) {\n      id\n      ...PlanGenerationRun_run\n    }\n  }\n"): (typeof documents)["\n  mutation GeneratePlanIdeas($planId: ID!) {\n    generatePlanIdeas(planId: $planId) {\n      id\n      ...PlanGenerationRun_run\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PlanGenerationRunUpdated($personaId: ID!) {\n    generationRunUpdated(personaId: $personaId) {\n      id\n      ...PlanGenerationRun_run\n    }\n  }\n"): (typeof documents)["\n  subscription PlanGenerationRunUpdated($personaId: ID!) {\n    generationRunUpdated(personaId: $personaId) {\n      id\n      ...PlanGenerationRun_run\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleReadyPlanItems($planId: ID!, $channelId: ID!) {\n    scheduleReadyPlanItems(planId: $planId, channelId: $channelId) {\n      scheduled {\n        id\n        runAt\n      }\n      skipped {\n        item {\n          id\n          title\n        }\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleReadyPlanItems($planId: ID!, $channelId: ID!) {\n    scheduleReadyPlanItems(planId: $planId, channelId: $channelId) {\n      scheduled {\n        id\n        runAt\n      }\n      skipped {\n        item {\n          id\n          title\n        }\n        reason\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query PlanDetailPage($id: ID!) {\n    contentPlan(id: $id) {\n      id\n      title\n      description\n      startDate\n      endDate\n      frequency {\n        count\n        period\n      }\n      platforms\n      targetPostCount\n      itemCounts {\n        idea\n        draft\n        ready\n        scheduled\n        posted\n        failed\n        total\n      }\n      persona {\n        id\n        name\n        handle\n        timeZone\n        channelIntegrations {\n          id\n          platform\n          accountName\n          status\n        }\n        generationRuns(first: 20) {\n          id\n          ...PlanGenerationRun_run\n        }\n        ...PlanRecommendations_persona\n      }\n      ...PlanGenerationPanel_plan\n      ...PlanItemList_plan\n    }\n    generator {\n      kind\n      label\n      textModel\n      imageModel\n    }\n  }\n"): (typeof documents)["\n  query PlanDetailPage($id: ID!) {\n    contentPlan(id: $id) {\n      id\n      title\n      description\n      startDate\n      endDate\n      frequency {\n        count\n        period\n      }\n      platforms\n      targetPostCount\n      itemCounts {\n        idea\n        draft\n        ready\n        scheduled\n        posted\n        failed\n        total\n      }\n      persona {\n        id\n        name\n        handle\n        timeZone\n        channelIntegrations {\n          id\n          platform\n          accountName\n          status\n        }\n        generationRuns(first: 20) {\n          id\n          ...PlanGenerationRun_run\n        }\n        ...PlanRecommendations_persona\n      }\n      ...PlanGenerationPanel_plan\n      ...PlanItemList_plan\n    }\n    generator {\n      kind\n      label\n      textModel\n      imageModel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanEditPage($id: ID!) {\n    contentPlan(id: $id) {\n      id\n      title\n      targetPostCount\n      persona {\n        id\n        name\n        platformStrategy {\n          platforms\n        }\n      }\n      ...PlanForm_plan\n    }\n    platforms {\n      platform\n      label\n      canPublish\n    }\n  }\n"): (typeof documents)["\n  query PlanEditPage($id: ID!) {\n    contentPlan(id: $id) {\n      id\n      title\n      targetPostCount\n      persona {\n        id\n        name\n        platformStrategy {\n          platforms\n        }\n      }\n      ...PlanForm_plan\n    }\n    platforms {\n      platform\n      label\n      canPublish\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanNewPage($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      name\n      handle\n      platformStrategy {\n        platforms\n      }\n    }\n    platforms {\n      platform\n      label\n      canPublish\n    }\n  }\n"): (typeof documents)["\n  query PlanNewPage($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      name\n      handle\n      platformStrategy {\n        platforms\n      }\n    }\n    platforms {\n      platform\n      label\n      canPublish\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SandboxPostCard_post on SandboxPost {\n    id\n    caption\n    hashtags\n    publishedAt\n    permalink\n    simulated\n    asset {\n      id\n      url\n      width\n      height\n      prompt\n    }\n    item {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment SandboxPostCard_post on SandboxPost {\n    id\n    caption\n    hashtags\n    publishedAt\n    permalink\n    simulated\n    asset {\n      id\n      url\n      width\n      height\n      prompt\n    }\n    item {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SandboxFeedPage($personaId: ID!, $includeSimulated: Boolean!) {\n    persona(id: $personaId) {\n      id\n      name\n      handle\n      timeZone\n    }\n    sandboxFeed(personaId: $personaId, first: 50, includeSimulated: $includeSimulated) {\n      id\n      ...SandboxPostCard_post\n    }\n  }\n"): (typeof documents)["\n  query SandboxFeedPage($personaId: ID!, $includeSimulated: Boolean!) {\n    persona(id: $personaId) {\n      id\n      name\n      handle\n      timeZone\n    }\n    sandboxFeed(personaId: $personaId, first: 50, includeSimulated: $includeSimulated) {\n      id\n      ...SandboxPostCard_post\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SandboxPostPublished($personaId: ID!) {\n    scheduledPostUpdated(personaId: $personaId) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  subscription SandboxPostPublished($personaId: ID!) {\n    scheduledPostUpdated(personaId: $personaId) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleDialog($itemId: ID!) {\n    contentItem(id: $itemId) {\n      id\n      title\n      ...SchedulePostForm_item\n    }\n  }\n"): (typeof documents)["\n  query ScheduleDialog($itemId: ID!) {\n    contentItem(id: $itemId) {\n      id\n      title\n      ...SchedulePostForm_item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SchedulePostForm_item on ContentItem {\n    id\n    title\n    status\n    platform\n    version\n    scheduledAt\n    caption\n    asset {\n      id\n      url\n    }\n    persona {\n      id\n      name\n      handle\n      timeZone\n      channelIntegrations {\n        id\n        platform\n        accountName\n        status\n        nextQueueTime\n      }\n      suggestedPostTimes(first: 3) {\n        at\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SchedulePostForm_item on ContentItem {\n    id\n    title\n    status\n    platform\n    version\n    scheduledAt\n    caption\n    asset {\n      id\n      url\n    }\n    persona {\n      id\n      name\n      handle\n      timeZone\n      channelIntegrations {\n        id\n        platform\n        accountName\n        status\n        nextQueueTime\n      }\n      suggestedPostTimes(first: 3) {\n        at\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchedulePost($input: SchedulePostInput!) {\n    schedulePost(input: $input) {\n      id\n      runAt\n      state\n      channel {\n        id\n        accountName\n      }\n      item {\n        id\n        status\n        scheduledAt\n        failureReason\n        version\n        updatedAt\n        persona {\n          id\n        }\n        plan {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SchedulePost($input: SchedulePostInput!) {\n    schedulePost(input: $input) {\n      id\n      runAt\n      state\n      channel {\n        id\n        accountName\n      }\n      item {\n        id\n        status\n        scheduledAt\n        failureReason\n        version\n        updatedAt\n        persona {\n          id\n        }\n        plan {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteFromTrash($ids: [ID!]!) {\n    deleteFromTrash(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation DeleteFromTrash($ids: [ID!]!) {\n    deleteFromTrash(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrashPage($after: String) {\n    trash(first: 50, after: $after) {\n      totalCount\n      nodes {\n        id\n        kind\n        title\n        deletedAt\n        purgeAt\n        persona {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrashPage($after: String) {\n    trash(first: 50, after: $after) {\n      totalCount\n      nodes {\n        id\n        kind\n        title\n        deletedAt\n        purgeAt\n        persona {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContentItemForm_item on ContentItem {\n    id\n    title\n    caption\n    platform\n    status\n    scheduledAt\n    version\n    persona {\n      id\n      timeZone\n    }\n    plan {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment ContentItemForm_item on ContentItem {\n    id\n    title\n    caption\n    platform\n    status\n    scheduledAt\n    version\n    persona {\n      id\n      timeZone\n    }\n    plan {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ItemGeneration_item on ContentItem {\n    id\n    generated\n    untouched\n    briefVersion\n    imagePrompt\n    persona {\n      id\n      briefVersion\n    }\n    asset {\n      id\n      url\n      width\n      height\n      mimeType\n      source\n      prompt\n    }\n  }\n"): (typeof documents)["\n  fragment ItemGeneration_item on ContentItem {\n    id\n    generated\n    untouched\n    briefVersion\n    imagePrompt\n    persona {\n      id\n      briefVersion\n    }\n    asset {\n      id\n      url\n      width\n      height\n      mimeType\n      source\n      prompt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaptionHistory($itemId: ID!) {\n    contentItem(id: $itemId) {\n      id\n      captionHistory(first: 5) {\n        id\n        caption\n        replacedAt\n        replacedBy {\n          kind\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaptionHistory($itemId: ID!) {\n    contentItem(id: $itemId) {\n      id\n      captionHistory(first: 5) {\n        id\n        caption\n        replacedAt\n        replacedBy {\n          kind\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContentItem($input: CreateContentItemInput!) {\n    createContentItem(input: $input) {\n      id\n      ...SavedItem_item\n    }\n  }\n"): (typeof documents)["\n  mutation CreateContentItem($input: CreateContentItemInput!) {\n    createContentItem(input: $input) {\n      id\n      ...SavedItem_item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateImage($itemId: ID!, $expectedVersion: Int!) {\n    generateImage(itemId: $itemId, expectedVersion: $expectedVersion) {\n      id\n      version\n      updatedAt\n      ...ContentItemForm_item\n      ...ItemGeneration_item\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateImage($itemId: ID!, $expectedVersion: Int!) {\n    generateImage(itemId: $itemId, expectedVersion: $expectedVersion) {\n      id\n      version\n      updatedAt\n      ...ContentItemForm_item\n      ...ItemGeneration_item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonaImages($personaId: ID!) {\n    assets(personaId: $personaId, first: 24) {\n      nodes {\n        id\n        url\n        width\n        height\n        prompt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonaImages($personaId: ID!) {\n    assets(personaId: $personaId, first: 24) {\n      nodes {\n        id\n        url\n        width\n        height\n        prompt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonaPlanOptions($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      contentPlans(first: 100) {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonaPlanOptions($personaId: ID!) {\n    persona(id: $personaId) {\n      id\n      contentPlans(first: 100) {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeCaption($itemId: ID!, $draft: String!) {\n    proposeCaption(itemId: $itemId, draft: $draft) {\n      caption\n      item {\n        id\n        persona {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeCaption($itemId: ID!, $draft: String!) {\n    proposeCaption(itemId: $itemId, draft: $draft) {\n      caption\n      item {\n        id\n        persona {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReloadContentItem($id: ID!) {\n    contentItem(id: $id) {\n      id\n      ...SavedItem_item\n      ...ContentItemForm_item\n      ...ItemGeneration_item\n    }\n  }\n"): (typeof documents)["\n  query ReloadContentItem($id: ID!) {\n    contentItem(id: $id) {\n      id\n      ...SavedItem_item\n      ...ContentItemForm_item\n      ...ItemGeneration_item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetItemAsset($id: ID!, $input: UpdateContentItemInput!) {\n    updateContentItem(id: $id, input: $input) {\n      id\n      version\n      updatedAt\n      ...ItemGeneration_item\n    }\n  }\n"): (typeof documents)["\n  mutation SetItemAsset($id: ID!, $input: UpdateContentItemInput!) {\n    updateContentItem(id: $id, input: $input) {\n      id\n      version\n      updatedAt\n      ...ItemGeneration_item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SavedItem_item on ContentItem {\n    id\n    version\n    updatedAt\n    title\n    caption\n    hashtags\n    platform\n    status\n    scheduledAt\n    publishedAt\n    failureReason\n    plan {\n      id\n      title\n    }\n    asset {\n      id\n      url\n    }\n    channel {\n      id\n      platform\n      accountName\n    }\n  }\n"): (typeof documents)["\n  fragment SavedItem_item on ContentItem {\n    id\n    version\n    updatedAt\n    title\n    caption\n    hashtags\n    platform\n    status\n    scheduledAt\n    publishedAt\n    failureReason\n    plan {\n      id\n      title\n    }\n    asset {\n      id\n      url\n    }\n    channel {\n      id\n      platform\n      accountName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContentItem($id: ID!, $input: UpdateContentItemInput!) {\n    updateContentItem(id: $id, input: $input) {\n      id\n      ...SavedItem_item\n      ...ContentItemForm_item\n      ...ItemGeneration_item\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContentItem($id: ID!, $input: UpdateContentItemInput!) {\n    updateContentItem(id: $id, input: $input) {\n      id\n      ...SavedItem_item\n      ...ContentItemForm_item\n      ...ItemGeneration_item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Recommendations_fields on Recommendations {\n    basedOnPosts\n    historyDays\n    confidence\n    summary\n    simulated\n    slots {\n      weekday\n      hour\n      engagementRate\n      posts\n      explanation\n    }\n    insights {\n      kind\n      label\n      lift\n      posts\n      explanation\n    }\n  }\n"): (typeof documents)["\n  fragment Recommendations_fields on Recommendations {\n    basedOnPosts\n    historyDays\n    confidence\n    summary\n    simulated\n    slots {\n      weekday\n      hour\n      engagementRate\n      posts\n      explanation\n    }\n    insights {\n      kind\n      label\n      lift\n      posts\n      explanation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreFromTrash($ids: [ID!]!) {\n    restoreFromTrash(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation RestoreFromTrash($ids: [ID!]!) {\n    restoreFromTrash(ids: $ids)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;