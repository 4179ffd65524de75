import { describe, expect, it } from 'vitest';
import { currentEventSection, currentMenuHref, EVENT_SECTION_GROUPS, visibleEventSectionGroups } from '@/lib/domain/navigation/event-sections';

const base = '/evenements/abc';

describe('event section groups', () => {
  it('groups every section once, in three moments', () => {
    expect(EVENT_SECTION_GROUPS.map((group) => group.label)).toEqual(['Préparer', 'Le jour J', 'Après']);
    const paths = EVENT_SECTION_GROUPS.flatMap((group) => group.sections.map((section) => section.path));
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain('/bilan');
  });

  it('hides the e-mail sections from people who may not read them', () => {
    const paths = (showEmails: boolean) => visibleEventSectionGroups({ showEmails }).flatMap((g) => g.sections.map((s) => s.path));
    expect(paths(true)).toEqual(expect.arrayContaining(['/messages', '/courriels']));
    expect(paths(false)).not.toContain('/messages');
    expect(paths(false)).not.toContain('/courriels');
    expect(visibleEventSectionGroups({ showEmails: false }).map((g) => g.id)).toEqual(['prepare', 'day', 'after']);
  });
});

describe('currentEventSection', () => {
  it('is the overview only on the event itself', () => {
    expect(currentEventSection(base, base)).toBe('');
    expect(currentEventSection(`${base}/`, base)).toBe('');
    expect(currentEventSection(`${base}/modifier`, base)).toBeNull();
  });

  it('finds the section of a nested page', () => {
    expect(currentEventSection(`${base}/programme/seances/s1`, base)).toBe('/programme');
    expect(currentEventSection(`${base}/taches/communication`, base)).toBe('/taches');
    expect(currentEventSection(`${base}/bilan`, base)).toBe('/bilan');
  });

  it('does not confuse a section with a longer word or another event', () => {
    expect(currentEventSection(`${base}/bilanx`, base)).toBeNull();
    expect(currentEventSection('/evenements/abcd/bilan', base)).toBeNull();
    expect(currentEventSection('/', base)).toBeNull();
  });
});

describe('currentMenuHref', () => {
  const hrefs = ['/', '/diagnostic', '/diagnostic/historique', '/catalogue', '/organisation'];
  it('takes the longest matching entry', () => {
    expect(currentMenuHref('/diagnostic/historique', hrefs)).toBe('/diagnostic/historique');
    expect(currentMenuHref('/diagnostic/123', hrefs)).toBe('/diagnostic');
    expect(currentMenuHref('/organisation/evenements', hrefs)).toBe('/organisation');
  });
  it('keeps the dashboard for the root only', () => {
    expect(currentMenuHref('/', hrefs)).toBe('/');
    expect(currentMenuHref('/evenements/abc', hrefs)).toBeNull();
    expect(currentMenuHref('/catalogue/', hrefs)).toBe('/catalogue');
  });
});
