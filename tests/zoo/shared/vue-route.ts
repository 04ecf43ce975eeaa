/**
 * The route and its scenario for a Vue zoo page (the Vue twin of react-route.ts): `route` follows
 * in-app navigation, `loaded` is the Route once its scenario has "arrived" (loadLater), and a load
 * that a newer navigation overtook is dropped. Call it from a component's setup().
 */
import { ref, shallowRef } from 'vue';
import { currentRoute, loadLater, onRoute, type Route } from './app';

export function useZooRoute() {
  // shallowRef: a ref would hand back a reactive proxy, and `route.value === r` below would never hold after an in-app navigation
  const route = shallowRef(currentRoute());
  const loaded = ref<Route | null>(null);
  const load = (r: Route) => {
    route.value = r;
    loaded.value = null;
    loadLater(r).then((x) => { if (route.value === r) loaded.value = x; });
  };
  onRoute(load);
  load(route.value);
  return { route, loaded };
}
