// The public event page's feeds: public by design (the programme of a published event). A draft
// event answers 404 on each of them: tests/integration/public-event.test.ts and open-formats.test.ts check it.
import type { RegistryEntry } from './kinds';

const reason = 'public programme of a published event (a draft answers 404)';

export const publicEntries: RegistryEntry[] = [
  { kind: 'route', name: 'app/(public)/e/[slug]/calendar.ics/route.ts', public: reason },
  { kind: 'route', name: 'app/(public)/e/[slug]/seances/[sessionId]/calendar.ics/route.ts', public: reason },
  { kind: 'route', name: 'app/(public)/e/[slug]/programme.json/route.ts', public: reason },
  { kind: 'route', name: 'app/(public)/e/[slug]/schedule.xml/route.ts', public: reason },
  { kind: 'route', name: 'app/(public)/e/[slug]/schedule.json/route.ts', public: reason },
  { kind: 'route', name: 'app/api/v1/events/route.ts', public: 'read API: published events only (tests/integration/read-api.test.ts)' },
  { kind: 'route', name: 'app/api/v1/events/[slug]/route.ts', public: 'read API: a published event, a draft answers 404' },
  { kind: 'route', name: 'app/api/v1/openapi.json/route.ts', public: 'the read API’s OpenAPI document' },
  { kind: 'route', name: 'app/(public)/o/[organisationId]/evenements.ics/route.ts', public: 'published events of an organisation, as their public pages (drafts and funders answer 404)' },
];
