// A time of day as the posting schedule stores it (minutes after local midnight) and as people
// and the API write it ("09:05", 24-hour, no seconds).

export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

export function minuteOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours! * 60 + minutes!;
}

export function timeOfDay(minuteOfDay: number): string {
  return `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;
}

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
