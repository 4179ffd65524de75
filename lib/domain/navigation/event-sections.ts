/**
 * The sections of an event, grouped by the moment a coordinator needs them: what is prepared
 * before, what is used on the day, what is read and written after.
 */
export type EventSection = { readonly path: string; readonly label: string };
export type EventSectionGroup = { readonly id: 'prepare' | 'day' | 'after'; readonly label: string; readonly sections: readonly EventSection[] };

export const EVENT_SECTION_GROUPS: readonly EventSectionGroup[] = [
  {
    id: 'prepare',
    label: 'Préparer',
    sections: [
      { path: '', label: 'Aperçu' },
      { path: '/programme', label: 'Programme' },
      { path: '/budget', label: 'Budget' },
      { path: '/taches', label: 'Tâches et communication' },
    ],
  },
  {
    id: 'day',
    label: 'Le jour J',
    sections: [
      { path: '/participants', label: 'Participant·es' },
      { path: '/pointage', label: 'Pointage et émargement' },
      { path: '/messages', label: 'Messages' },
      { path: '/courriels', label: 'Courriels' },
    ],
  },
  {
    id: 'after',
    label: 'Après',
    sections: [
      { path: '/questionnaire', label: 'Questionnaire' },
      { path: '/chiffres', label: 'Chiffres' },
      { path: '/bilan', label: 'Bilan' },
    ],
  },
];

/** Writing to people and reading what was sent: admins and coordinators only (event.emails). */
const EMAIL_SECTIONS: ReadonlySet<string> = new Set(['/messages', '/courriels']);

/** The groups as this viewer sees them: without the e-mail sections when they may not read them. */
export function visibleEventSectionGroups(options: { showEmails: boolean }): readonly EventSectionGroup[] {
  return EVENT_SECTION_GROUPS.map((group) => ({
    ...group,
    sections: group.sections.filter((section) => options.showEmails || !EMAIL_SECTIONS.has(section.path)),
  })).filter((group) => group.sections.length > 0);
}

/**
 * The section a path belongs to (« /evenements/x/programme/seances/y » → « /programme »), the
 * overview only for the event's own path; null outside the event.
 */
export function currentEventSection(pathname: string, base: string): string | null {
  const path = pathname.replace(/\/+$/, '');
  if (path === base) return '';
  if (!path.startsWith(`${base}/`)) return null;
  const rest = path.slice(base.length);
  const match = EVENT_SECTION_GROUPS.flatMap((group) => group.sections).find(
    (section) => section.path !== '' && (rest === section.path || rest.startsWith(`${section.path}/`)),
  );
  return match ? match.path : null;
}

/**
 * The main menu entry a path belongs to: the longest href that is the path or one of its parents
 * (« / » only for itself), so « /diagnostic/historique » is « Mes diagnostics », not « Diagnostic ».
 */
export function currentMenuHref(pathname: string, hrefs: readonly string[]): string | null {
  const path = pathname.replace(/(.)\/+$/, '$1');
  const matches = hrefs.filter((href) => (href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`)));
  return matches.sort((a, b) => b.length - a.length)[0] ?? null;
}
