// Addresses of the registration pages, shared by the pages and the e-mails.
export const personalPath = (token: string) => `/inscription/${token}`;
export const registrationFormPath = (slug: string) => `/e/${encodeURIComponent(slug)}/inscription`;
export const personalCalendarPath = (token: string) => `${personalPath(token)}/agenda.ics`;
