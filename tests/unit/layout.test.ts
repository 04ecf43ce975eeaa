import { describe, expect, it } from 'vitest';
import { choosePlacement, PANEL_MIN, PANEL_MAX } from '@/utils/content/layout';

describe('panel placement', () => {
  it('uses the right gutter when it is wide enough', () => {
    // 1280 − 900 − 2 × 12 gap = 356 px free
    expect(choosePlacement(1280, { left: 380, right: 900 }, 0)).toEqual({ side: 'right', width: 356, reserved: 0 });
  });
  it('falls back to the left gutter, then to reserving room', () => {
    expect(choosePlacement(1280, { left: 400, right: 1200 }, 0)).toEqual({ side: 'left', width: PANEL_MAX, reserved: 0 });
    expect(choosePlacement(1280, { left: 260, right: 1020 }, 0)).toMatchObject({ side: 'right', reserved: PANEL_MIN + 64 });
  });
  it('keeps the reservation while the form only fits because of it', () => {
    const reserved = PANEL_MIN + 64;
    // the form shrank into the reserved space: without the reservation it would be full width again
    expect(choosePlacement(1280, { left: 8, right: 1280 - reserved - 8 }, reserved)).toMatchObject({ reserved });
  });
  it('caps the width', () => {
    expect(choosePlacement(1920, { left: 500, right: 1300 }, 0)).toEqual({ side: 'right', width: PANEL_MAX, reserved: 0 });
  });
});
