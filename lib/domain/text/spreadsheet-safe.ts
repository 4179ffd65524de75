/*
 * Une cellule de texte qui commence par = + - @, une tabulation ou un retour chariot peut être
 * lue comme une formule par un tableur (injection de formule). À l'export, on la préfixe d'une
 * apostrophe ; à l'import, on retire ce préfixe pour retrouver le texte saisi.
 * Un texte qui commence déjà par une apostrophe est préfixé lui aussi : sans cela, l'import
 * lui retirerait la sienne et l'aller-retour changerait le texte.
 */

const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];
const PREFIX = "'";

function needsPrefix(first: string | undefined): boolean {
  return first !== undefined && (FORMULA_TRIGGERS.includes(first) || first === PREFIX);
}

/** Le texte tel qu'il part dans une cellule : jamais interprétable comme une formule. */
export function neutraliseFormula(text: string): string {
  return needsPrefix(text[0]) ? `${PREFIX}${text}` : text;
}

/** L'inverse de `neutraliseFormula`, pour un texte relu depuis un fichier exporté. */
export function restoreNeutralised(text: string): string {
  return text.startsWith(PREFIX) && needsPrefix(text[1]) ? text.slice(1) : text;
}

/** Vrai quand un tableur pourrait lire ce texte comme une formule. */
export function isFormulaLike(text: string): boolean {
  const first = text[0];
  return first !== undefined && FORMULA_TRIGGERS.includes(first);
}
