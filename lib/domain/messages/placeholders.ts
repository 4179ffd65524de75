/*
 * Les champs à remplacer d'un message de l'organisation : {{nom}}, {{evenement}}… Le texte est envoyé
 * en texte brut. Une valeur remplacée n'est jamais relue (un nom qui contient « {{lieu}} » reste tel
 * quel), n'apporte ni retour à la ligne ni caractère de contrôle (pas d'en-tête injecté dans l'objet),
 * et l'aperçu l'affiche comme du texte (React échappe le HTML).
 */

export const PLACEHOLDERS = [
  { key: 'nom', label: 'Nom de la personne' },
  { key: 'evenement', label: 'Titre de l’événement' },
  { key: 'dates', label: 'Dates de l’événement' },
  { key: 'lieu', label: 'Lieu, ou « en ligne »' },
  { key: 'organisateur', label: 'Structure organisatrice' },
] as const;

export type PlaceholderKey = (typeof PLACEHOLDERS)[number]['key'];
export type PlaceholderValues = Record<PlaceholderKey, string>;

const KNOWN = new Set<string>(PLACEHOLDERS.map((placeholder) => placeholder.key));
// Anything between double braces counts, so that a typo ({{ Nom }}, {{prénom}}) is reported, not sent.
const PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The placeholders written in `text` that do not exist (among `allowed`), each once, as typed. */
export function unknownPlaceholders(text: string, allowed: ReadonlySet<string> = KNOWN): string[] {
  const unknown = new Set<string>();
  for (const match of text.matchAll(PATTERN)) if (!allowed.has(match[1] ?? '')) unknown.add(match[0]);
  return [...unknown];
}

/** A value as it may enter a message: one line, no control characters. */
export function inertValue(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
}

/** A multi-line value for a message body (a programme): line feeds kept, other control characters out. */
export function inertBlock(value: string): string {
  return value
    .split(/\r\n|\r|\n/)
    .map(inertValue)
    .join('\n');
}

/**
 * Replaces each placeholder that has a value, once, in a single pass; others stay (the schema refuses
 * unknown ones). With `lineBreaks` (a body, never a subject) a value may span lines.
 */
export function renderTemplate(text: string, values: Readonly<Record<string, string>>, options: { lineBreaks?: boolean } = {}): string {
  const clean = options.lineBreaks ? inertBlock : inertValue;
  return text.replace(PATTERN, (match, key: string) => (Object.hasOwn(values, key) ? clean(values[key] ?? '') : match));
}

/** A subject must hold on one header line. */
export function hasLineBreak(text: string): boolean {
  return /[\r\n\u2028\u2029]/.test(text);
}
