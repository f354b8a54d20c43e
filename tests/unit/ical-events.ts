import ICAL from 'ical.js'

/**
 * A calendar's events as a calendar program reads them (ical.js): the all-day date as
 * YYYY-MM-DD, its summary, its link and its repeat rule. Shared by the calendar tests of the
 * code (unit) and of the built files (site).
 */
export function calendarEvents(cal: InstanceType<typeof ICAL.Component>) {
  return cal.getAllSubcomponents('vevent').map((e) => {
    const event = new ICAL.Event(e)
    return {
      day: event.startDate.toString(),
      allDay: event.startDate.isDate,
      summary: event.summary,
      url: String(e.getFirstPropertyValue('url')),
      rrule: e.getFirstPropertyValue('rrule')?.toString(),
    }
  })
}
