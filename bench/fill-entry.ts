/**
 * The form filler as a page script for the benchmark (bundled by bench/lib/bundle.mjs):
 * bench/run.mjs injects it into the generated 60-field page and times fillForm there.
 */
import { fillForm } from '@/utils/fill';
import { DEFAULT_PROFILE } from '@/utils/profile/default';

(globalThis as any).__fill = { fillForm, profile: DEFAULT_PROFILE };
