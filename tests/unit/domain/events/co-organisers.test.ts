import { describe, expect, it } from 'vitest';
import { nextCoOrganisers, nextOutsideCoOrganisers, type NamedCoOrganiser } from '@/lib/domain/events/co-organisers';

describe('nextCoOrganisers', () => {
  const current: NamedCoOrganiser[] = [
    { organisationId: 'accepted', status: 'ACCEPTED' },
    { organisationId: 'declined', status: 'DECLINED' },
    { organisationId: 'pending', status: 'PENDING' },
  ];

  it('keeps the answer of those still named, invites the new ones and removes the others', () => {
    expect(nextCoOrganisers(current, ['accepted', 'declined', 'new', 'mine'], new Set(['mine', 'declined']))).toEqual({
      keep: [current[0], current[1]],
      invite: [
        { organisationId: 'new', status: 'PENDING' },
        { organisationId: 'mine', status: 'ACCEPTED' },
      ],
      remove: ['pending'],
    });
  });

  it('asks again an organisation removed then named again', () => {
    const afterRemoval = nextCoOrganisers(current, [], new Set()).keep;
    expect(nextCoOrganisers(afterRemoval, ['declined'], new Set()).invite).toEqual([{ organisationId: 'declined', status: 'PENDING' }]);
  });
});

describe('nextOutsideCoOrganisers', () => {
  const current = [
    { id: 'a', name: 'Hub du Sud', siret: null },
    { id: 'b', name: 'Médiathèque de Lure', siret: '12345678900011' },
  ];
  it.each([
    {
      name: 'kept by id, renamed, in the new order',
      wanted: [{ id: 'b', name: 'Médiathèque Lure ', siret: null }, { id: 'a', name: 'Hub du Sud', siret: null }],
      expected: {
        update: [
          { id: 'b', name: 'Médiathèque Lure', siret: null, position: 0 },
          { id: 'a', name: 'Hub du Sud', siret: null, position: 1 },
        ],
        create: [],
        remove: [],
      },
    },
    {
      name: 'named again without id (case aside): the same row',
      wanted: [{ id: '', name: 'hub du sud', siret: null }],
      expected: { update: [{ id: 'a', name: 'hub du sud', siret: null, position: 0 }], create: [], remove: ['b'] },
    },
    {
      name: 'an id of another event makes a new row',
      wanted: [{ id: 'z', name: 'Hub du Sud', siret: null }],
      expected: { update: [], create: [{ name: 'Hub du Sud', siret: null, position: 0 }], remove: ['a', 'b'] },
    },
    { name: 'none left', wanted: [], expected: { update: [], create: [], remove: ['a', 'b'] } },
  ])('$name', ({ wanted, expected }) => {
    expect(nextOutsideCoOrganisers(current, wanted)).toEqual(expected);
  });
});
