import { describe, expect, it } from 'vitest';

import {
  CHANNEL_LABELS,
  CHANNELS,
  DEFAULT_MAILING_OFFSETS,
  hashtagSchema,
  mailingOffsetsSchema,
  planMailings,
} from '@/lib/domain/community/communication-plan';

const THURSDAY_EVENT = { firstDay: '2027-02-11', lastDay: '2027-02-11' };

describe('planMailings', () => {
  it('programme par défaut les mailings du vademecum à J-30, J-15 et J-7', () => {
    expect(DEFAULT_MAILING_OFFSETS).toEqual([-30, -15, -7]);
    expect(planMailings(THURSDAY_EVENT)).toEqual([
      { offsetDays: -30, title: 'Mailing J-30', channel: 'NEWSLETTER', date: '2027-01-12', status: 'TODO' },
      { offsetDays: -15, title: 'Mailing J-15', channel: 'NEWSLETTER', date: '2027-01-27', status: 'TODO' },
      { offsetDays: -7, title: 'Mailing J-7', channel: 'NEWSLETTER', date: '2027-02-04', status: 'TODO' },
    ]);
  });

  it.each([
    [[-7, -21], ['2027-01-21', '2027-02-04']],
    [[-45], ['2026-12-28']],
    [[], []],
  ])('accepte des échéances modifiées %o, triées dans le temps', (offsets, dates) => {
    expect(planMailings(THURSDAY_EVENT, offsets).map((mailing) => mailing.date)).toEqual(dates);
  });

  it('avance au vendredi un mailing qui tomberait un week-end', () => {
    const saturdayEvent = { firstDay: '2027-03-13', lastDay: '2027-03-13' };
    expect(planMailings(saturdayEvent).map((mailing) => mailing.date)).toEqual(['2027-02-11', '2027-02-26', '2027-03-05']);
  });
});

describe('mailingOffsetsSchema', () => {
  it.each([
    [[-30, -15, -7], true],
    [[-120, -1], true],
    [[], true],
    [[0], false],
    [[5], false],
    [[-121], false],
    [[-15, -15], false],
    [[-7.5], false],
  ])('%o valide : %s', (offsets, ok) => {
    expect(mailingOffsetsSchema.safeParse(offsets).success).toBe(ok);
  });
});

describe('canaux', () => {
  it('a un libellé pour chacun des six canaux', () => {
    expect(CHANNELS).toHaveLength(6);
    expect(CHANNELS.map((channel) => CHANNEL_LABELS[channel])).toEqual([
      'Newsletter et mailings',
      'Réseaux sociaux',
      'Presse',
      'Affiches et flyers',
      'Phoning',
      'Partenaires relais',
    ]);
  });
});

describe('hashtagSchema', () => {
  it.each([
    ['ReZoNum', '#ReZoNum'],
    ['  #NEC2027 ', '#NEC2027'],
    ['#Numérique_Inclusif', '#Numérique_Inclusif'],
  ])('« %s » devient « %s »', (input, expected) => {
    expect(hashtagSchema.parse(input)).toBe(expected);
  });

  it.each(['', '#', 'Re Zo', '#ReZo-Num', '##ReZoNum'])('refuse « %s »', (input) => {
    expect(hashtagSchema.safeParse(input).success).toBe(false);
  });
});
