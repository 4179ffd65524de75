import { describe, expect, it } from 'vitest';

import {
  CAPCOM_SOURCE_CREDIT,
  CATALOGUE_FORMAT_IDS,
  CO_CONSTRUCTION_PRACTICE,
  FORMAT_IDS,
  getFormat,
  OFF_GRID_FORMAT_IDS,
  SOURCE_CREDITS,
  WEBINAIRE_SOURCE_CREDIT,
} from '@/lib/domain/formats';

describe('catalogue des formats', () => {
  it.each([
    ['pitch', 'Pitch'],
    ['demo', 'Démo'],
    ['atelier', 'Atelier'],
    ['masterclass', 'Masterclass'],
    ['retex', 'Retex'],
    ['design-fiction', 'Design fiction'],
    ['explorcamp', "Explor'camp"],
    ['keynote', 'Keynote'],
  ] as const)('%s s’appelle « %s » et fait partie de la grille', (id, name) => {
    expect(getFormat(id)).toMatchObject({ id, name, inGrid: true, source: 'webinaire' });
  });

  it.each([
    ['pleniere', 'Plénière'],
    ['table-ronde', 'Table ronde'],
    ['presentation', 'Présentation'],
    ['pause', 'Pause'],
    ['dejeuner', 'Déjeuner'],
    ['cloture', 'Clôture'],
    ['atelier-coconstruction', 'Atelier de co-construction'],
  ] as const)('%s (« %s ») est hors grille', (id, name) => {
    expect(getFormat(id)).toMatchObject({ id, name, inGrid: false });
  });

  it('compte 8 formats dans la grille et 7 hors grille', () => {
    expect(CATALOGUE_FORMAT_IDS).toHaveLength(8);
    expect(OFF_GRID_FORMAT_IDS).toHaveLength(7);
    expect(new Set(FORMAT_IDS).size).toBe(15);
  });

  it.each(FORMAT_IDS)('%s a des textes et une durée type plausible', (id) => {
    const format = getFormat(id);
    for (const text of [format.name, format.purpose, format.description, format.staging, format.humanResources]) {
      expect(text.trim().length).toBeGreaterThan(0);
    }
    expect(Number.isInteger(format.typicalDurationMinutes)).toBe(true);
    expect(format.typicalDurationMinutes).toBeGreaterThanOrEqual(5);
    expect(format.typicalDurationMinutes).toBeLessThanOrEqual(180);
  });

  it.each(CATALOGUE_FORMAT_IDS)('%s a une valorisation décrite', (id) => {
    const format = getFormat(id);
    expect(format.valorisation.length).toBeGreaterThan(0);
    expect(format.valorisationDetails).toBeTruthy();
  });

  it.each([
    ['pitch', ['social-post']],
    ['demo', ['social-post']],
    ['atelier', ['deliverable']],
    ['masterclass', ['social-post']],
    ['retex', ['social-post']],
    ['design-fiction', ['deliverable']],
    ['explorcamp', ['resource-sheets']],
    ['keynote', ['video-capture']],
  ] as const)('%s se valorise par %j', (id, valorisation) => {
    expect(getFormat(id).valorisation).toEqual(valorisation);
  });

  it('garde les pratiques des ateliers de co-construction Cap’Com', () => {
    const format = getFormat('atelier-coconstruction');
    expect(format.source).toBe('capcom');
    expect(format.audienceLimit).toEqual({ max: 10 });
    expect(format.humanResources).toMatch(/binôme de co-pilotes/);
    expect(format.valorisation).toContain('deliverable');
    expect(CO_CONSTRUCTION_PRACTICE).toEqual({
      coPilots: 2,
      participants: 10,
      preRegistration: false,
      seating: 'first-come',
      priorWork: true,
      deliverable: true,
    });
  });
});

describe('crédits des sources', () => {
  it('cite le webinaire tel que demandé', () => {
    expect(WEBINAIRE_SOURCE_CREDIT).toBe(
      "D'après le webinaire « Comment organiser un événement dédié au numérique d'intérêt général ? » — LE BOUQUET, AMI Outiller la médiation numérique",
    );
    expect(SOURCE_CREDITS.webinaire).toBe(WEBINAIRE_SOURCE_CREDIT);
  });

  it('cite Cap’Com', () => {
    expect(CAPCOM_SOURCE_CREDIT).toMatch(/Cap'Com/);
    expect(SOURCE_CREDITS.capcom).toBe(CAPCOM_SOURCE_CREDIT);
  });
});
