import type { CheckOverrideKind } from '../gql/graphql';

/** What each identity-lock check is called where an override of it is shown. */
export const overrideLabels: Record<CheckOverrideKind, string> = { VOICE: 'Voice', IMAGE: 'Likeness', CANON: 'Continuity' };
