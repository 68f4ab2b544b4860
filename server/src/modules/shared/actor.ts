/** Who makes a change: a signed-in person, or a named DoppelCart process (publisher, generator). */
export type Actor = { kind: 'user'; userId: string } | { kind: 'process'; name: string };

export function userActor(userId: string): Actor {
  return { kind: 'user', userId };
}

/** How a record stores who made it (the actor_user_id and actor_process columns). */
export function actorColumns(actor: Actor) {
  return actor.kind === 'user'
    ? { actorUserId: actor.userId, actorProcess: null }
    : { actorUserId: null, actorProcess: actor.name };
}
