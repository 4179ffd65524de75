import { describe, expect, it } from 'vitest';
import { nextCoOrganisers, type NamedCoOrganiser } from '@/lib/domain/events/co-organisers';

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
