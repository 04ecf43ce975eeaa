/**
 * The user's choices about the in-page panel, in storage.local under "panelPrefs": shown at all
 * (global switch), hidden on some screens (per screen: progress report, linkage, send step…),
 * and kept collapsed (remembered across pages and sessions). Tolerant of anything stored there.
 */
export const PANEL_PREFS_KEY = 'panelPrefs';

export interface PanelPrefs {
  enabled: boolean;
  /** screen ids (utils/types Screen['id']) where the panel is off */
  offScreens: string[];
  collapsed: boolean;
}

export const DEFAULT_PANEL_PREFS: PanelPrefs = { enabled: true, offScreens: [], collapsed: false };

export function parsePanelPrefs(v: unknown): PanelPrefs {
  const o = (v && typeof v === 'object' ? v : {}) as Partial<Record<keyof PanelPrefs, unknown>>;
  return {
    enabled: typeof o.enabled === 'boolean' ? o.enabled : true,
    offScreens: Array.isArray(o.offScreens) ? o.offScreens.filter((s): s is string => typeof s === 'string').slice(0, 50) : [],
    collapsed: o.collapsed === true,
  };
}

/** Whether the panel shows on a screen. */
export function panelShown(prefs: PanelPrefs, screen: string): boolean {
  return prefs.enabled && !prefs.offScreens.includes(screen);
}

/** The prefs with the panel switched on/off for one screen. */
export function withScreen(prefs: PanelPrefs, screen: string, on: boolean): PanelPrefs {
  const off = prefs.offScreens.filter((s) => s !== screen);
  return { ...prefs, offScreens: on ? off : [...off, screen] };
}
