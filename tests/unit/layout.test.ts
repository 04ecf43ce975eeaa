import { describe, expect, it } from 'vitest';
import { choosePlacement, freeIntervals, PANEL_MAX, PANEL_MIN, TAB_W } from '@/utils/content/layout';

const m = (spans: [number, number][], incomplete = false) => ({ spans: spans.map(([left, right]) => ({ left, right })), incomplete });

describe('free columns', () => {
  it('are the gaps between content extents, each widened by 8 px', () => {
    expect(freeIntervals(m([[100, 300], [280, 900]]).spans, 1280)).toEqual([
      { left: 0, right: 92 },
      { left: 908, right: 1280 },
    ]);
    expect(freeIntervals([], 1000)).toEqual([{ left: 0, right: 1000 }]);
  });
});

describe('panel placement', () => {
  it('takes the right gutter when it is wide enough, against the window edge', () => {
    // 1280 − 908 = 372 free → 360 wide, at the right edge
    expect(choosePlacement(m([[380, 900]]), 1280)).toEqual({ mode: 'panel', left: 1280 - PANEL_MAX, width: PANEL_MAX });
    // 1280 − 1008 = 272 free: as wide as the gap
    expect(choosePlacement(m([[380, 1000]]), 1280)).toEqual({ mode: 'panel', left: 1008, width: 272 });
  });
  it('takes the left gutter, or a column between a sidebar and the form, when that is the one free', () => {
    expect(choosePlacement(m([[400, 1270]]), 1280)).toEqual({ mode: 'panel', left: 0, width: PANEL_MAX });
    // sidebar 0–200, form 600–1270: the free column 208–592 hugs the nearer side (left)
    expect(choosePlacement(m([[0, 200], [600, 1270]]), 1280)).toEqual({ mode: 'panel', left: 208, width: PANEL_MAX });
  });
  it('becomes an edge tab in the free strip nearest the right edge when no column is wide enough', () => {
    // full-width form with 24 px margins: the tab sits in the right margin
    expect(choosePlacement(m([[32, 992]]), 1024)).toEqual({ mode: 'tab', left: 1024 - TAB_W });
    expect(choosePlacement(m([[2, 1000 - 40]]), 1000)).toEqual({ mode: 'tab', left: 1000 - TAB_W });
    // the free strip is not at the edge (a fixed bar on the right)
    expect(choosePlacement(m([[20, 900], [960, 1024]]), 1024)).toEqual({ mode: 'tab', left: 952 - TAB_W });
  });
  it('never uses a column narrower than the minimum, and uses the tab when the page was too large to measure', () => {
    expect(choosePlacement(m([[0, 1280 - PANEL_MIN + 10]]), 1280).mode).toBe('tab');
    expect(choosePlacement(m([], true), 1920).mode).toBe('tab');
  });
});
