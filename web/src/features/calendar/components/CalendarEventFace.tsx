import type { EventContentArg } from '@fullcalendar/core';
import { Box } from '@mantine/core';
import { SimulatedBadge } from '../../../components/ui/SimulatedBadge';
import { contentStatuses } from '../../../lib/content-status';
import { FORMAT_LABELS } from '../../../lib/media-format';
import { scheduledPostStates } from '../../../lib/publishing';
import type { PlannedEventProps, PostEventProps } from './calendar-events';

// What an event shows: a post with its state, or a planned item (outlined) with its status.

/** A grid cell cuts the line short; a list row (on a phone) has the room to wrap it. */
function faceStyle(view: EventContentArg['view']) {
  const inList = view.type.startsWith('list');
  return { display: 'flex', alignItems: 'center', gap: 4, overflow: 'hidden', whiteSpace: inList ? 'normal' : 'nowrap', fontSize: 12 } as const;
}
const titleStyle = { minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', overflowWrap: 'anywhere' } as const;

/** " · Reel" after the title for what is not a feed post. */
const formatSuffix = (format: keyof typeof FORMAT_LABELS) => (format === 'POST' ? '' : ` · ${FORMAT_LABELS[format]}`);

function PlannedFace({ event, timeText, view }: EventContentArg) {
  const { status, timeZone, personaName, imageUrl, format } = event.extendedProps as PlannedEventProps;
  const statusLabel = contentStatuses[status].label;
  return (
    <Box
      px={4}
      title={`${event.title}${formatSuffix(format)} · Planned (${statusLabel}) · ${timeText} ${timeZone} · ${personaName}`}
      style={faceStyle(view)}
      data-planned
    >
      {imageUrl && <img src={imageUrl} alt="" width={18} height={18} style={{ objectFit: 'cover', borderRadius: 2, flexShrink: 0 }} />}
      <b style={{ flexShrink: 0 }}>{timeText}</b>
      <span style={titleStyle}>
        {event.title}
        {formatSuffix(format)} · Planned ({statusLabel})
      </span>
    </Box>
  );
}

export function EventFace(arg: EventContentArg, mixedZones: boolean) {
  if ((arg.event.extendedProps as PlannedEventProps | PostEventProps).kind === 'planned') return PlannedFace(arg);
  const { event, timeText, view } = arg;
  const { state, timeZone, personaName, channelName, simulated, format } = event.extendedProps as PostEventProps;
  const stateLabel = scheduledPostStates[state].label;
  const zone = mixedZones ? ` ${timeZone}` : '';
  return (
    <Box
      px={4}
      title={`${event.title}${formatSuffix(format)} · ${stateLabel} · ${timeText}${zone || ` ${timeZone}`} · ${personaName} on ${channelName}${simulated ? ' · simulated' : ''}`}
      style={faceStyle(view)}
      td={state === 'CANCELLED' ? 'line-through' : undefined}
      data-state={state}
    >
      <b style={{ flexShrink: 0 }}>
        {timeText}
        {zone}
      </b>
      {simulated && <SimulatedBadge size="xs" compact />}
      <span style={titleStyle}>
        {event.title}
        {formatSuffix(format)} · {stateLabel}
      </span>
    </Box>
  );
}
