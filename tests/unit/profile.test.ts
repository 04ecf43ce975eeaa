import { describe, expect, it } from 'vitest';
import { ProfileSchema } from '@/utils/profile/schema';
import { DEFAULT_PROFILE } from '@/utils/profile/default';

describe('default profile', () => {
  it('passes its own schema', () => {
    const r = ProfileSchema.safeParse(DEFAULT_PROFILE);
    expect(r.success, r.success ? '' : JSON.stringify(r.error.issues)).toBe(true);
  });
  it('requires national strategy and the development plan of the fiscal year', () => {
    const required = DEFAULT_PROFILE.plans.filter((p) => p.required).map((p) => p.id);
    expect(required).toEqual(['nationalStrategy', 'nesdp12', 'nesdp13']);
  });
});
