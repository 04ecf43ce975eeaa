/**
 * The route and its scenario for a React zoo page: the current route, followed through in-app
 * navigation (app.ts onRoute), and the loaded Route once its scenario has "arrived" (loadLater
 * waits like a server round trip, so the form renders after load, as an SPA's would). A load
 * that a newer navigation overtook is dropped. One hook for every React page: the pages differ
 * in their markup, not in how they route.
 */
import { useEffect, useState } from 'react';
import { currentRoute, loadLater, onRoute, type Route } from './app';

export function useZooRoute(): { route: Route; loaded: Route | null } {
  const [route, setRoute] = useState(currentRoute);
  const [loaded, setLoaded] = useState<Route | null>(null);
  useEffect(() => onRoute(setRoute), []);
  useEffect(() => {
    let live = true;
    setLoaded(null);
    loadLater(route).then((r) => live && setLoaded(r));
    return () => { live = false; };
  }, [route]);
  return { route, loaded };
}
