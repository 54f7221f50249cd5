import { describe, expect, it } from 'vitest';
import { checkEndpointOverride, isLoopbackHost, overrideEndpoint } from './endpoint-override';

describe('endpoint overrides', () => {
  it('uses AWS when the setting is empty or unset', () => {
    for (const value of [undefined, null, '', '   ']) expect(checkEndpointOverride(value)).toEqual({ state: 'none' });
    expect(overrideEndpoint(checkEndpointOverride(''))).toBeUndefined();
  });

  it('accepts https anywhere and plain http to this machine (LocalStack)', () => {
    expect(checkEndpointOverride('https://cloudformation.eu-west-1.amazonaws.com')).toEqual({
      state: 'active',
      url: 'https://cloudformation.eu-west-1.amazonaws.com',
      loopback: false,
    });
    for (const url of [
      'http://localhost:4566',
      'http://127.0.0.1:4566',
      'http://127.8.9.10:80/',
      'http://[::1]:4566',
      'HTTP://LOCALHOST:4566',
    ]) {
      const override = checkEndpointOverride(url);
      expect(override.state, url).toBe('active');
      expect(overrideEndpoint(override)).toBe(url);
    }
    expect(checkEndpointOverride(' https://localhost:4566 ')).toMatchObject({ state: 'active', url: 'https://localhost:4566', loopback: true });
  });

  it('refuses plain http to another machine, whatever its name resolves to', () => {
    for (const url of [
      'http://attacker.example.com',
      'http://10.0.0.5:4566',
      'http://localhost.localstack.cloud:4566',
      'http://evil.localhost:4566',
      'http://127.0.0.1.nip.io',
    ]) {
      const override = checkEndpointOverride(url);
      expect(override.state, url).toBe('rejected');
      expect(overrideEndpoint(override)).toBeUndefined();
      if (override.state === 'rejected') expect(override.reason).toContain('use https');
    }
  });

  it('refuses other schemes, URLs with credentials, and what is not a URL', () => {
    expect(checkEndpointOverride('ftp://localhost')).toMatchObject({ state: 'rejected', reason: expect.stringContaining('not ftp') });
    expect(checkEndpointOverride('file:///etc/passwd')).toMatchObject({ state: 'rejected' });
    const withPassword = checkEndpointOverride('https://user:secret@example.com/path');
    expect(withPassword).toMatchObject({ state: 'rejected', reason: 'it carries a user name or password' });
    // The password never reaches a message.
    expect(JSON.stringify(withPassword)).not.toContain('secret');
    expect(checkEndpointOverride('localhost:4566')).toMatchObject({ state: 'rejected' });
    expect(checkEndpointOverride('not a url')).toMatchObject({ state: 'rejected', reason: expect.stringContaining('not a URL') });
    expect(checkEndpointOverride(4566)).toMatchObject({ state: 'rejected', reason: 'it is not a URL string' });
  });

  it('knows loopback addresses as the URL parser writes them', () => {
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('127.255.255.254')).toBe(true);
    expect(isLoopbackHost('[::1]')).toBe(true);
    expect(isLoopbackHost('128.0.0.1')).toBe(false);
    expect(isLoopbackHost('127.0.0.1.example.com')).toBe(false);
    expect(isLoopbackHost('0.0.0.0')).toBe(false);
  });
});
