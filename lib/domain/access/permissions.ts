// Who may do what, as data. A funder organisation's people only read what was shared with them.
export const ROLES = ['ADMIN', 'COORDINATOR', 'MEMBER'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'organisation.manage', // invite and remove members, edit the organisation
  'event.create',
  'event.edit', // programme, budget, tasks, registrations
  'event.publish', // publish, close, validate a bilan, share with a funder
  'event.read',
  'diagnostic.write', // diagnose a territory, retain another level with a reason
  'event.coorganise', // accept or decline the invitation to co-organise another organisation's event
  'event.emails', // read the « Courriels » sent for an event
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Role, readonly Permission[]> = {
  ADMIN: PERMISSIONS,
  COORDINATOR: ['event.create', 'event.edit', 'event.publish', 'event.read', 'diagnostic.write', 'event.coorganise', 'event.emails'],
  MEMBER: ['event.edit', 'event.read'],
};

/** Funder organisations never write: their people read shared bilans only. */
const FUNDER_GRANTS: readonly Permission[] = ['organisation.manage'];

export function can(role: Role, permission: Permission, options: { funder?: boolean } = {}): boolean {
  if (options.funder) return role === 'ADMIN' && FUNDER_GRANTS.includes(permission);
  return GRANTS[role].includes(permission);
}
