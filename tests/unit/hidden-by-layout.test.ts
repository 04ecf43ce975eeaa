/**
 * collect/dom.ts: the style tests of isHiddenByLayout that need no layout (happy-dom lays out
 * nothing, so the geometric ones are proved in Chromium: tests/e2e/plain.spec.ts plain-offscreen).
 * Values are Chromium's computed forms (a transform is always read back as a matrix).
 */
import { describe, expect, it } from 'vitest';
import { isClippedAway, isFlattened } from '@/utils/collect/dom';

describe('isFlattened: a transform that draws its box with no area', () => {
  it('scale(0), scaleY(0) and scaleX(0) flatten (their 2-D part is singular)', () => {
    expect(isFlattened('matrix(0, 0, 0, 0, 0, 0)')).toBe(true);
    expect(isFlattened('matrix(1, 0, 0, 0, 0, 0)')).toBe(true);
    expect(isFlattened('matrix(0, 0, 0, 1, 12, 0)')).toBe(true);
    expect(isFlattened('matrix3d(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1)')).toBe(true);
  });
  it('no transform, a translation, a rotation, a half-way scale and a mirror draw the box', () => {
    for (const t of ['none', '', 'matrix(1, 0, 0, 1, -700, 0)', 'matrix(0.707107, 0.707107, -0.707107, 0.707107, 0, 0)', 'matrix(1, 0, 0, 0.02, 0, 0)', 'matrix(-1, 0, 0, 1, 0, 0)', 'matrix3d(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1)']) {
      expect(isFlattened(t), t).toBe(false);
    }
  });
});

describe('isClippedAway: a clip that leaves nothing of the box', () => {
  const style = (clipPath = 'none', clip = 'auto', position = 'static') => ({ clipPath, clip, position });
  it('clip-path inset of 50 % or more across an axis (Tailwind 4 sr-only), and a zero rect on an absolute box (visually-hidden)', () => {
    expect(isClippedAway(style('inset(50%)'))).toBe(true);
    expect(isClippedAway(style('inset(100%)'))).toBe(true);
    expect(isClippedAway(style('inset(0px 50% 0px 50%)'))).toBe(true);
    expect(isClippedAway(style('none', 'rect(0px, 0px, 0px, 0px)', 'absolute'))).toBe(true);
  });
  it('an inset in px, a rounded inset of nothing, a partial inset, a rect with area, or a rect on a static box (clip applies to absolute boxes only) leave it', () => {
    expect(isClippedAway(style('inset(0px round 8px)'))).toBe(false);
    expect(isClippedAway(style('inset(10px 20px)'))).toBe(false);
    expect(isClippedAway(style('inset(20% 0px 20% 0px)'))).toBe(false);
    expect(isClippedAway(style('circle(50% at 50% 50%)'))).toBe(false);
    expect(isClippedAway(style('none', 'rect(0px, 300px, 200px, 0px)', 'absolute'))).toBe(false);
    expect(isClippedAway(style('none', 'rect(0px, 0px, 0px, 0px)', 'static'))).toBe(false);
    expect(isClippedAway(style())).toBe(false);
  });
});
