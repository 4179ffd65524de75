// The read API's contract: one zod schema per query and per response, from which the OpenAPI
// document is generated (lib/server/api/openapi.ts) and against which the tests check the answers.
// Public data only, as on the public event page: no visio link, no speaker contact.
import { z } from '@/lib/schemas/zod';

export const API_MAX_PER_PAGE = 100;

const positiveInt = (what: string, max: number) =>
  z.coerce
    .number({ error: `${what} doit être un nombre entier.` })
    .int({ error: `${what} doit être un nombre entier.` })
    .min(1, { error: `${what} doit valoir au moins 1.` })
    .max(max, { error: `${what} ne peut dépasser ${max}.` });

export const eventListQuery = z
  .object({
    page: positiveInt('page', 10_000).default(1).meta({ description: 'Page, à partir de 1.' }),
    perPage: positiveInt('perPage', API_MAX_PER_PAGE).default(20).meta({ description: `Événements par page (au plus ${API_MAX_PER_PAGE}).` }),
  })
  .strict();
export type EventListQuery = z.output<typeof eventListQuery>;

const isoDateTime = z.string().meta({ description: 'Date et heure ISO 8601 avec le décalage de Paris.', example: '2027-02-11T09:30:00+01:00' });

export const apiEventSummary = z
  .object({
    slug: z.string(),
    title: z.string(),
    start: isoDateTime,
    end: isoDateTime,
    mode: z.enum(['PRESENTIEL', 'DISTANCIEL', 'HYBRIDE']),
    status: z.enum(['PUBLISHED', 'DONE', 'BILAN_VALIDATED']).meta({ description: 'PUBLISHED : à venir ou en cours ; les autres : passé.' }),
    url: z.string().meta({ description: 'La page publique de l’événement.' }),
  })
  .meta({ id: 'EventSummary' });

export const apiEventList = z
  .object({
    data: z.array(apiEventSummary),
    page: z.number().int(),
    perPage: z.number().int(),
    total: z.number().int(),
  })
  .meta({ id: 'EventList' });

export const apiSession = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    start: isoDateTime,
    end: isoDateTime,
    room: z.string().nullable(),
    format: z.string().nullable(),
    speakers: z.array(z.string()),
    hosts: z.array(z.string()),
    status: z.enum(['planned', 'cancelled']),
  })
  .meta({ id: 'Session' });

export const apiSpeaker = z
  .object({ id: z.string(), name: z.string(), role: z.string().nullable(), organisation: z.string().nullable() })
  .meta({ id: 'Speaker' });

export const apiEvent = apiEventSummary
  .extend({
    description: z.string().nullable(),
    organisers: z.array(z.string()),
    venue: z.object({ name: z.string().nullable(), address: z.string().nullable(), accessible: z.boolean() }),
    themes: z.array(z.string()),
    capacity: z.number().int().nullable(),
    seatsLeft: z.number().int().nullable(),
    registrationOpen: z.boolean(),
    programmeVersion: z.number().int(),
    sessions: z.array(apiSession),
    speakers: z.array(apiSpeaker),
  })
  .meta({ id: 'Event' });

/** RFC 9457 problem details, in French. */
export const apiProblem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem' });

export type ApiEventList = z.output<typeof apiEventList>;
export type ApiEventSummary = z.output<typeof apiEventSummary>;
export type ApiEvent = z.output<typeof apiEvent>;
export type ApiProblem = z.output<typeof apiProblem>;
