import { searchKey } from '@/lib/domain/text/slug';

/*
 * Une même personne saisie deux fois au programme (un double clic, une fiche recréée) : même nom et
 * même e-mail, sans tenir compte des accents, des majuscules ni des espaces. Deux fiches sans
 * e-mail au même nom comptent aussi : rien ne les distingue. Le serveur refuse d'en créer une
 * seconde ; la liste signale celles qui existent déjà.
 */

export type SpeakerIdentity = { readonly name: string; readonly email: string | null };

export function speakerKey(speaker: SpeakerIdentity): string {
  return `${searchKey(speaker.name)}|${(speaker.email ?? '').trim().toLowerCase()}`;
}

export function isSameSpeaker(a: SpeakerIdentity, b: SpeakerIdentity): boolean {
  return speakerKey(a) === speakerKey(b);
}

/** For each speaker who has a twin in the list, the ids of the others; speakers without one are absent. */
export function speakerDuplicates<S extends SpeakerIdentity & { readonly id: string }>(speakers: readonly S[]): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const speaker of speakers) {
    const key = speakerKey(speaker);
    byKey.set(key, [...(byKey.get(key) ?? []), speaker.id]);
  }
  const twins = new Map<string, string[]>();
  for (const ids of byKey.values()) {
    if (ids.length < 2) continue;
    for (const id of ids) twins.set(id, ids.filter((other) => other !== id));
  }
  return twins;
}

export const DUPLICATE_SPEAKER_ERROR = 'Cette personne figure déjà au programme (même nom et même e-mail) : modifiez sa fiche plutôt que d’en créer une seconde.';
