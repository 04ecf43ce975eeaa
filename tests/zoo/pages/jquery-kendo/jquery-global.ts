/**
 * Kendo UI for jQuery reads `window.jQuery` when its modules load (as after a <script> tag of
 * jQuery in a back office): expose jQuery first.
 */
import $ from 'jquery';

(window as unknown as { jQuery: typeof $; $: typeof $ }).jQuery = $;
(window as unknown as { jQuery: typeof $; $: typeof $ }).$ = $;
export default $;
