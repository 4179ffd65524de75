import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { diagnosticAnswersSchema, overrideSchema } from '@/lib/domain/diagnostic/schemas';

function fieldErrors(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('Le schéma aurait dû refuser cette saisie.');
  return z.flattenError(result.error);
}

describe('diagnosticAnswersSchema', () => {
  it('accepte trois réponses de 1 à 3', () => {
    expect(diagnosticAnswersSchema.parse({ ecosystem: 1, events: 2, engagement: 3 })).toEqual({
      ecosystem: 1,
      events: 2,
      engagement: 3,
    });
  });

  it('explique en français chaque réponse manquante ou hors grille', () => {
    expect(fieldErrors(diagnosticAnswersSchema, { ecosystem: 4, events: '2' }).fieldErrors).toEqual({
      ecosystem: ['Choisissez une réponse (1, 2 ou 3) pour le critère « Écosystème des professionnels ».'],
      events: ['Choisissez une réponse (1, 2 ou 3) pour le critère « Événements existants ».'],
      engagement: ['Choisissez une réponse (1, 2 ou 3) pour le critère « Engagement des décideurs ».'],
    });
  });

  it('refuse une saisie qui n’est pas un objet', () => {
    expect(fieldErrors(diagnosticAnswersSchema, null).formErrors).toEqual([
      'Répondez aux trois critères du diagnostic.',
    ]);
  });
});

describe('overrideSchema', () => {
  it('accepte un niveau et une justification, nettoyée', () => {
    expect(overrideSchema.parse({ level: 3, reason: '  Le territoire porte déjà un réseau national.  ' })).toEqual({
      level: 3,
      reason: 'Le territoire porte déjà un réseau national.',
    });
  });

  it.each([
    ['absente', undefined, 'Expliquez pourquoi vous retenez un autre niveau.'],
    ['vide', '', 'Expliquez pourquoi vous retenez un autre niveau.'],
    ['faite d’espaces', '     ', 'Expliquez pourquoi vous retenez un autre niveau.'],
    ['trop courte', '  Parce que ', 'La justification doit compter au moins 10 caractères.'],
    ['trop longue', 'a'.repeat(2001), 'La justification ne peut pas dépasser 2000 caractères.'],
  ])('refuse une justification %s, avec un seul message', (_label, reason, message) => {
    expect(fieldErrors(overrideSchema, { level: 2, reason }).fieldErrors).toEqual({ reason: [message] });
  });

  it('refuse un niveau hors de 1 à 3', () => {
    expect(fieldErrors(overrideSchema, { level: 0, reason: 'Une raison suffisante.' }).fieldErrors).toEqual({
      level: ['Choisissez le niveau 1, 2 ou 3.'],
    });
  });
});
