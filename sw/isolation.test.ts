import { describe, expect, it } from 'vitest';
import { withIsolationHeaders } from './isolation';

describe('withIsolationHeaders', () => {
  it('adds COOP, COEP and CORP and keeps status, headers and body', async () => {
    const out = withIsolationHeaders(new Response('abc', { status: 206, headers: { 'Content-Range': 'bytes 0-2/10' } }));
    expect(out.status).toBe(206);
    expect(out.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(out.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
    expect(out.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(out.headers.get('content-range')).toBe('bytes 0-2/10');
    expect(await out.text()).toBe('abc');
  });

  it('leaves error responses alone', () => {
    const err = Response.error();
    expect(withIsolationHeaders(err)).toBe(err);
  });
});
