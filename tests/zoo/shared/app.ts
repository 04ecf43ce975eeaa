/**
 * What every zoo page shares besides its library: the SPA route (pushState, like a real
 * single-page app), the scenario of the screen being shown, and `window.__zoo` for the tests
 * (`ready` once the screen is drawn, `navigate(href)` for in-app navigation).
 * Served at https://emenscr.nesdc.go.th/replica/zoo/<library>/<route>?scenario=<id>.
 */
import { FORM, scenarioById, type Scenario } from './scenarios';

export { FORM };
export type Screen = 'home' | 'm6' | 'm1' | 'notfound';

export interface Route {
  screen: Screen;
  /** the scenario shown on that screen (M6 / M1 only) */
  scenario: Scenario | null;
  /** the library's base path, e.g. /replica/zoo/bootstrap/ */
  base: string;
}

interface ZooApi {
  ready: boolean;
  screen: Screen;
  scenario: string | null;
  navigate(href: string): void;
  /** the approver a send step sent to (markSent), null until one was sent */
  sent: string | null;
}

declare global {
  interface Window {
    __zoo: ZooApi;
  }
}

const listeners = new Set<(r: Route) => void>();

export function currentRoute(): Route {
  const m = /^(\/replica\/zoo\/[a-z0-9-]+\/)(.*)$/.exec(location.pathname);
  const base = m ? m[1]! : '/';
  const rest = (m ? m[2]! : '').replace(/\/+$/, '');
  const id = new URLSearchParams(location.search).get('scenario');
  const today = new Date();
  if (rest === '' || rest === 'home') return { screen: 'home', scenario: null, base };
  if (rest === FORM.m6.route) return { screen: 'm6', scenario: scenarioById(id, today, 'm6'), base };
  if (rest === FORM.m1.route) return { screen: 'm1', scenario: scenarioById(id, today, 'm1'), base };
  return { screen: 'notfound', scenario: null, base };
}

/** In-app navigation: pushState, then every subscriber redraws (no page load). */
export function navigate(href: string): void {
  history.pushState({}, '', href);
  emit();
}

function emit() {
  const r = currentRoute();
  window.__zoo.ready = false;
  window.__zoo.screen = r.screen;
  window.__zoo.scenario = r.scenario?.id ?? null;
  for (const l of listeners) l(r);
}

export function onRoute(listener: (r: Route) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The page calls this once the screen's values are drawn. */
export function markReady(): void {
  window.__zoo.ready = true;
  window.dispatchEvent(new CustomEvent('zoo:ready'));
}

window.__zoo = { ready: false, screen: currentRoute().screen, scenario: currentRoute().scenario?.id ?? null, navigate, sent: null };

/**
 * The send step (form.json `send`): the approver chosen when its dialog opens, from
 * `?recipient=<index>` (an index into send.recipient.options), or -1: nothing chosen.
 */
export function sendChoice(): number {
  const n = Number(new URLSearchParams(location.search).get('recipient') ?? '-1');
  return Number.isInteger(n) && n >= 0 && n < FORM.send.recipient.options.length ? n : -1;
}

/** The send step's commit: what the page would send (the chosen approver's text). */
export function markSent(recipient: string): void {
  window.__zoo.sent = recipient;
}
window.addEventListener('popstate', emit);
// links marked data-link navigate inside the app
document.addEventListener('click', (e) => {
  const a = (e.target as Element | null)?.closest?.('a[data-link]') as HTMLAnchorElement | null;
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey) return;
  e.preventDefault();
  navigate(a.getAttribute('href')!);
});

/** An API call's latency: data arrives a little after the screen appears, as in a real SPA. */
export function loadLater<T>(value: T, ms = 120): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}

/** Links of the main menu (chrome, not form fields). */
export function navLinks(base: string, scenarioQuery = '') {
  const [home, reports, linkage, manual] = FORM.chrome.nav;
  return [
    { text: home!, href: base },
    { text: reports!, href: base + FORM.m6.route + scenarioQuery },
    { text: linkage!, href: base + FORM.m1.route + scenarioQuery },
    { text: manual!, href: base + 'manual' },
  ];
}
