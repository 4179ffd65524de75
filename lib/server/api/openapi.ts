import 'server-only';
import { createDocument } from 'zod-openapi';
import { apiEvent, apiEventList, apiProblem, eventListQuery } from '@/lib/domain/api/v1';
import { appUrl } from '@/lib/env';
import { z } from '@/lib/schemas/zod';

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: apiProblem } } });

/** The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the routes answer with. */
export function openApiDocument() {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Trame — API publique',
      version: '1.0.0',
      description: 'Lecture seule : les événements publiés, leur programme et leurs intervenant·es (données publiques uniquement).',
    },
    servers: [{ url: `${appUrl()}/api/v1` }],
    paths: {
      '/events': {
        get: {
          summary: 'Événements publiés, paginés',
          requestParams: { query: eventListQuery },
          responses: {
            '200': { description: 'Une page d’événements.', content: { 'application/json': { schema: apiEventList } } },
            '400': problem('Paramètres invalides.'),
            '429': problem('Trop de requêtes.'),
          },
        },
      },
      '/events/{slug}': {
        get: {
          summary: 'Un événement publié, son programme et ses intervenant·es',
          requestParams: { path: z.object({ slug: z.string().meta({ description: 'L’adresse courte de l’événement.' }) }) },
          responses: {
            '200': { description: 'L’événement.', content: { 'application/json': { schema: apiEvent } } },
            '404': problem('Événement inconnu ou non publié.'),
            '429': problem('Trop de requêtes.'),
          },
        },
      },
    },
  });
}
