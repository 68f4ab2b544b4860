import type { CanonFactKind } from '../../../gql/graphql';

/** Each kind of fact as the timeline names it, with a hint for its descriptor. */
export const canonKinds: Record<CanonFactKind, { label: string; descriptorHint: string }> = {
  PERSON: { label: 'Person', descriptorHint: 'sister, partner, friend' },
  PET: { label: 'Pet', descriptorHint: 'dog, cat, rabbit' },
  PLACE: { label: 'Place', descriptorHint: 'home, studio' },
  WORK: { label: 'Work', descriptorHint: 'employer, side project' },
  POSSESSION: { label: 'Possession', descriptorHint: 'bike, camera' },
  EVENT: { label: 'Event', descriptorHint: 'race, launch' },
};

export const canonKindOptions = (Object.keys(canonKinds) as CanonFactKind[]).map((kind) => ({ value: kind, label: canonKinds[kind].label }));
