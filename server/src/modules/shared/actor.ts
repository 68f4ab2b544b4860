/** Who makes a change: a signed-in person, or a named DoppelCart process (publisher, generator). */
export type Actor = { kind: 'user'; userId: string } | { kind: 'process'; name: string };

export function userActor(userId: string): Actor {
  return { kind: 'user', userId };
}
