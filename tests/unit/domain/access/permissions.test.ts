import { describe, expect, it } from 'vitest';
import { can, PERMISSIONS, type Permission, type Role } from '@/lib/domain/access/permissions';

const table: [Role, Permission, boolean][] = [
  ['ADMIN', 'organisation.manage', true],
  ['ADMIN', 'event.publish', true],
  ['COORDINATOR', 'organisation.manage', false],
  ['COORDINATOR', 'event.create', true],
  ['COORDINATOR', 'event.publish', true],
  ['MEMBER', 'event.create', false],
  ['MEMBER', 'event.edit', true],
  ['MEMBER', 'event.publish', false],
  ['MEMBER', 'event.read', true],
  ['ADMIN', 'diagnostic.write', true],
  ['COORDINATOR', 'diagnostic.write', true],
  // Diagnosing and overriding the level are the coordination's decisions; members read them.
  ['MEMBER', 'diagnostic.write', false],
];

describe('permissions', () => {
  it.each(table)('%s may %s: %s', (role, permission, expected) => {
    expect(can(role, permission)).toBe(expected);
  });

  it('never lets a funder organisation write or read events directly (only shared bilans)', () => {
    for (const permission of PERMISSIONS.filter((p) => p !== 'organisation.manage')) {
      expect(can('ADMIN', permission, { funder: true })).toBe(false);
    }
    expect(can('ADMIN', 'organisation.manage', { funder: true })).toBe(true);
    expect(can('MEMBER', 'organisation.manage', { funder: true })).toBe(false);
  });
});
