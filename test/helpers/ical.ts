import ICAL from "ical.js";

/** An event as the tests read it back through ical.js, a maintained RFC 5545 parser. */
export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  rrule: string | null;
  /** The first few occurrences' start dates, from ical.js's own recurrence expansion. */
  occurrences: (count: number) => string[];
}

export function parseIcs(text: string): { name: string; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    const rrule = component.getFirstPropertyValue("rrule");
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      rrule: rrule ? rrule.toString() : null,
      occurrences: (count: number) => {
        const iterator = event.iterator();
        const dates: string[] = [];
        for (let next = iterator.next(); next && dates.length < count; next = iterator.next())
          dates.push(next.toString());
        return dates;
      },
    };
  });
  return { name: String(calendar.getFirstPropertyValue("x-wr-calname")), events };
}
