// A calendar reminder for an assignment's due day (RFC 5545): an all-day event, with an alarm the day before.

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks; drops other control characters. */
export function icsText(value: string): string {
  return (
    value
      .replace(/\r\n|\r|\n/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\n/g, '\\n')
  );
}

/** Folds a content line to at most 75 octets a line, never inside a character; continuation lines start with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const compactDay = (day: string) => day.replace(/-/g, '');
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const stamp = (instant: string) => instant.replace(/[-:]/g, '').replace(/\.\d{3}/, '');

export interface IcsInput {
  /** Assignment id: the event's UID, so importing it again updates the same event. */
  id: string;
  title: string;
  /** Due day, `YYYY-MM-DD`. */
  due: string;
  description: string;
  url: string;
  /** When the file is made (an instant, UTC). */
  now: string;
}

export function assignmentIcs({ id, title, due, description, url, now }: IcsInput): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Glad to Help//Assignments//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${id}@glad-to-help`,
    `DTSTAMP:${stamp(now)}`,
    `DTSTART;VALUE=DATE:${compactDay(due)}`,
    `DTEND;VALUE=DATE:${compactDay(nextDay(due))}`,
    `SUMMARY:${icsText(`Due: ${title}`)}`,
    `DESCRIPTION:${icsText(description)}`,
    `URL:${url.replace(/[\s"]/g, '')}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${icsText(`Due tomorrow: ${title}`)}`,
    // 09:00 the day before the (all-day) due day.
    'TRIGGER:-PT15H',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
