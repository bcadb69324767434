import { forwardedClientAddress } from '../src/proxy.js';

describe('forwardedClientAddress', () => {
  it('ignores the header when no proxy is trusted, whatever the client wrote', () => {
    expect(forwardedClientAddress('198.51.100.7', 0)).toBeNull();
  });

  it('takes the address the trusted proxy appended, not what the client claimed', () => {
    // The client sent "X-Forwarded-For: 10.0.0.1"; nginx appended the real peer.
    expect(forwardedClientAddress('10.0.0.1, 203.0.113.9', 1)).toBe('203.0.113.9');
  });

  it('counts back one entry per proxy, across repeated headers', () => {
    expect(forwardedClientAddress(['10.0.0.1, 203.0.113.9', '172.16.0.2'], 2)).toBe('203.0.113.9');
  });

  it('distrusts a request that reached the server past its proxies', () => {
    expect(forwardedClientAddress('203.0.113.9', 2)).toBeNull();
    expect(forwardedClientAddress(undefined, 1)).toBeNull();
  });
});
