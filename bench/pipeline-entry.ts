/**
 * The check pipeline as a page script (bundled by bench/lib/bundle.mjs), so the benchmark
 * can time each stage separately in the page: collect (cold: new Collector; warm: cached
 * labels and sections; both include the page headings), classify and rules.
 */
import { Collector } from '@/utils/collect';
import { classify } from '@/utils/classify';
import { check } from '@/utils/rules';
import { DEFAULT_PROFILE } from '@/utils/profile/default';
import { LiveChecker } from '@/utils/content/live-checker';

(globalThis as any).__pipeline = { Collector, classify, check, profile: DEFAULT_PROFILE, LiveChecker };
