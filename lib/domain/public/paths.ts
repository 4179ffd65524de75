// The public addresses of an event and its feeds, in one place for the page, the feeds and the tests.
export const publicEventPath = (slug: string) => `/e/${encodeURIComponent(slug)}`;
export const eventCalendarPath = (slug: string) => `${publicEventPath(slug)}/calendar.ics`;
export const sessionCalendarPath = (slug: string, sessionId: string) =>
  `${publicEventPath(slug)}/seances/${encodeURIComponent(sessionId)}/calendar.ics`;
export const programmeJsonPath = (slug: string) => `${publicEventPath(slug)}/programme.json`;
/** frab's schedule.xml, read by schedule apps (Giggity, ConfClerk…); schedule.json is its c3voc twin. */
export const scheduleXmlPath = (slug: string) => `${publicEventPath(slug)}/schedule.xml`;
export const partnerLogoPath = (slug: string, partnerId: string) =>
  `${publicEventPath(slug)}/partenaires/${encodeURIComponent(partnerId)}/logo`;
/** An organisation's published events as a calendar to subscribe to. */
export const organisationCalendarPath = (organisationId: string) => `/o/${encodeURIComponent(organisationId)}/evenements.ics`;
export const organisationLogoPath = (organisationId: string) => `/o/${encodeURIComponent(organisationId)}/logo`;
