import { describe, expect, it } from 'vitest';
import { checkHost, isPublicAddress } from '@/lib/server/webhooks/address';

describe('addresses a webhook may reach', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.0.0.1',
    '10.255.255.255',
    '172.16.0.1',
    '172.31.255.254',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '100.127.255.255',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:10.1.2.3',
    '::ffff:7f00:1',
    '::ffff:a9fe:a9fe',
    '[::1]',
    'fe80::1%eth0',
    'pas-une-adresse',
    '',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['93.184.215.14', '1.1.1.1', '100.63.255.255', '100.128.0.1', '172.32.0.1', '2606:4700:4700::1111', '::ffff:93.184.215.14'])(
    'accepts the public address %s',
    (address) => {
      expect(isPublicAddress(address)).toBe(true);
    },
  );
});

describe('checking an endpoint host', () => {
  const resolving = (addresses: string[]) => async () => addresses;

  it('checks an IP host without resolving it', async () => {
    const never = async (): Promise<string[]> => {
      throw new Error('resolved');
    };
    expect(await checkHost('127.0.0.1', never)).toBe('private');
    expect(await checkHost('[::1]', never)).toBe('private');
    expect(await checkHost('93.184.215.14', never)).toBe('public');
  });

  it('refuses localhost by name', async () => {
    expect(await checkHost('localhost', resolving(['93.184.215.14']))).toBe('private');
    expect(await checkHost('api.localhost', resolving(['93.184.215.14']))).toBe('private');
  });

  it('refuses a name of which any address is private', async () => {
    expect(await checkHost('hooks.exemple.fr', resolving(['93.184.215.14']))).toBe('public');
    expect(await checkHost('hooks.exemple.fr', resolving(['93.184.215.14', '10.0.0.5']))).toBe('private');
    expect(await checkHost('rebind.exemple.fr', resolving(['127.0.0.1']))).toBe('private');
  });

  it('calls a name that does not resolve unknown', async () => {
    expect(await checkHost('nulle-part.exemple', resolving([]))).toBe('unknown');
    expect(
      await checkHost('nulle-part.exemple', async () => {
        throw Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' });
      }),
    ).toBe('unknown');
  });
});
