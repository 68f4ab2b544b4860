import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ContentItemFilter, ContentItemOrder, ContentItemStatus, Platform } from '../../../gql/graphql';
import { isContentStatus } from '../../../lib/content-status';
import { endOfDayInstant, startOfDayInstant } from '../../../lib/dates';
import { browserTimeZone } from '../../../lib/time-zones';
import { isPlatform } from '../../../lib/platforms';
import { showSimulatedParam, showsSimulated } from '../../../lib/show-simulated';

/** The content list's filters, as kept in the URL so a filtered view can be shared or reloaded. */
export interface ContentFilters {
  personaId: string | null;
  planId: string | null;
  statuses: ContentItemStatus[];
  platforms: Platform[];
  /** Calendar dates (`YYYY-MM-DD`) in the viewer's time zone. */
  scheduledFrom: string | null;
  scheduledTo: string | null;
  search: string;
  order: ContentItemOrder;
  /** Show the simulated history's items too. */
  includeSimulated: boolean;
}

const listParam = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

function parseFilters(params: URLSearchParams): ContentFilters {
  return {
    personaId: params.get('persona'),
    // A plan only narrows within its persona.
    planId: params.get('persona') ? params.get('plan') : null,
    statuses: listParam(params.get('status')).filter(isContentStatus),
    platforms: listParam(params.get('platform')).filter(isPlatform),
    scheduledFrom: params.get('from'),
    scheduledTo: params.get('to'),
    search: params.get('q') ?? '',
    order: params.get('sort') === 'scheduled' ? 'SCHEDULED_AT_ASC' : 'CREATED_AT_DESC',
    includeSimulated: showsSimulated(params),
  };
}

function toSearchParams(filters: ContentFilters): URLSearchParams {
  const entries: Array<[string, string | null]> = [
    ['persona', filters.personaId],
    ['plan', filters.personaId ? filters.planId : null],
    ['status', filters.statuses.join(',')],
    ['platform', filters.platforms.join(',')],
    ['from', filters.scheduledFrom],
    ['to', filters.scheduledTo],
    ['q', filters.search.trim()],
    ['sort', filters.order === 'SCHEDULED_AT_ASC' ? 'scheduled' : null],
    [showSimulatedParam, filters.includeSimulated ? '1' : null],
  ];
  return new URLSearchParams(entries.filter((entry): entry is [string, string] => Boolean(entry[1])));
}

/** Only set keys go to the server, so equal filters share one cache entry. */
export function toItemFilter(filters: ContentFilters): ContentItemFilter {
  const timeZone = browserTimeZone();
  const filter: ContentItemFilter = {};
  if (filters.personaId) filter.personaId = filters.personaId;
  if (filters.planId) filter.planId = filters.planId;
  if (filters.statuses.length > 0) filter.status = filters.statuses;
  if (filters.platforms.length > 0) filter.platform = filters.platforms;
  if (filters.scheduledFrom) filter.scheduledFrom = startOfDayInstant(filters.scheduledFrom, timeZone);
  if (filters.scheduledTo) filter.scheduledTo = endOfDayInstant(filters.scheduledTo, timeZone);
  if (filters.search.trim()) filter.search = filters.search.trim();
  if (filters.includeSimulated) filter.includeSimulated = true;
  return filter;
}

export function useContentFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseFilters(searchParams), [searchParams]);

  const updateFilters = useCallback(
    (change: Partial<ContentFilters>) => {
      setSearchParams((current) => toSearchParams({ ...parseFilters(current), ...change }), { replace: true });
    },
    [setSearchParams],
  );

  const clearFilters = useCallback(() => setSearchParams(new URLSearchParams(), { replace: true }), [setSearchParams]);

  return { filters, updateFilters, clearFilters };
}
