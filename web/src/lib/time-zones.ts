/** The browser's IANA time zone, the default for new accounts and date filters. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

let cached: string[] | null = null;

/** Every IANA zone the browser knows; some engines leave `UTC` out of the list. */
export function timeZoneNames(): string[] {
  cached ??= Array.from(new Set(['UTC', browserTimeZone(), ...Intl.supportedValuesOf('timeZone')])).sort();
  return cached;
}
