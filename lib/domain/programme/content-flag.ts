import type { FormatId } from '../formats/format-ids';

/*
 * Ce qui compte comme contenu dans le bilan (séances tenues, heures de contenu, formats, demi-journées).
 * Les temps d'accueil et de vie collective — plénière d'ouverture, clôture, pauses, déjeuner — sont au
 * programme mais ne sont pas du contenu. Le format donne la valeur par défaut ; la coordination peut la
 * changer séance par séance (Session.countsAsContent : null = selon le format).
 */
export const CONTENT_BY_FORMAT: Readonly<Record<FormatId, boolean>> = {
  pitch: true,
  demo: true,
  atelier: true,
  masterclass: true,
  retex: true,
  'design-fiction': true,
  explorcamp: true,
  keynote: true,
  // Une plénière ouvre (mot d'accueil, discours institutionnels) : pas du contenu, sauf choix contraire.
  pleniere: false,
  'table-ronde': true,
  presentation: true,
  pause: false,
  dejeuner: false,
  cloture: false,
  'atelier-coconstruction': true,
};

export const CONTENT_CHOICES = ['format', 'oui', 'non'] as const;
export type ContentChoice = (typeof CONTENT_CHOICES)[number];

export const CONTENT_CHOICE_LABELS: Record<ContentChoice, string> = {
  format: 'Selon le format',
  oui: 'Oui, c’est du contenu',
  non: 'Non (accueil, ouverture, clôture, pause…)',
};

/** Un format nommé librement, ou pas de format : du contenu. */
export function contentDefault(formatId: string | null): boolean {
  if (formatId === null) return true;
  return (CONTENT_BY_FORMAT as Readonly<Record<string, boolean>>)[formatId] ?? true;
}

/** Le choix explicite de la coordination l'emporte sur le format. */
export function countsAsContent(session: { readonly formatId: string | null; readonly countsAsContent: boolean | null }): boolean {
  return session.countsAsContent ?? contentDefault(session.formatId);
}

export function contentChoiceOf(stored: boolean | null): ContentChoice {
  return stored === null ? 'format' : stored ? 'oui' : 'non';
}

export function storedContentFlag(choice: ContentChoice): boolean | null {
  return choice === 'format' ? null : choice === 'oui';
}
