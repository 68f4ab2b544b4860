const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot exist, and is answered exactly like a missing id. */
export function isId(value: string): boolean {
  return UUID.test(value);
}
