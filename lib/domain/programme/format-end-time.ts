/*
 * Choisir un format propose une fin (début + durée type). Elle ne remplace une fin déjà saisie que si
 * c'est le format précédent qui l'avait remplie : une heure tapée par la personne est gardée.
 */
export type EndTimeState = {
  /** La fin actuellement dans le champ, « hh:mm » ou vide. */
  readonly endTime: string;
  /** La dernière fin remplie par un format, ou null. */
  readonly filledByFormat: string | null;
};

/** La fin à écrire, ou null pour garder celle du champ. */
export function endTimeAfterFormatChange(state: EndTimeState, proposed: string | null): string | null {
  if (proposed === null) return null;
  if (state.endTime === '' || state.endTime === state.filledByFormat) return proposed;
  return null;
}
