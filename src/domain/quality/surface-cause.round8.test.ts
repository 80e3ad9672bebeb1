import { describe, expect, it } from 'vitest';
import { findingsOf, withSection } from '../../../test/factories/quality-doc.ts';

/**
 * Issue 16, round 8: a declared cause is read whatever words stand between the thing and its expiry ("the certificate
 * for `upload.example` expired") and whether or not the declaration has its article ("Root cause is the bad deploy …").
 */
const surface = (body: string): number => findingsOf('surface-cause', withSection('Root Cause', body)).length;

describe('an expired thing named with what it was for (round 8)', () => {
  it('flags "The root cause was that the TLS certificate for `upload.example.org` expired."', () => {
    expect(surface('The root cause was that the TLS certificate for `upload.example.org` expired.')).toBe(1);
  });

  it('hard negative: the same expiry with what let it lapse passes', () => {
    expect(surface('The root cause was that the TLS certificate for `upload.example.org` expired because nothing renews it and no alert watches its expiry.')).toBe(0);
  });
});

describe('a declaration without its article (round 8)', () => {
  it('flags "Root cause is the bad deploy of v4.2 of surge-pricer." judged on its own paragraph', () => {
    // The next paragraph's "designed" would pass the section read as a whole; a declaration is judged on its own.
    expect(surface('Root cause is the bad deploy of v4.2 of surge-pricer.\n\nThe surge algorithm was designed for one feed.')).toBe(1);
  });

  it('hard negative: "Root cause is a deploy pipeline with no canary stage …" names what the system lacked', () => {
    expect(surface('Root cause is a deploy pipeline with no canary stage, so a bad build reaches every region at once.')).toBe(0);
  });
});
