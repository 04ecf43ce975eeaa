/**
 * bootstrap-datepicker's locale files are browser-global scripts (they call the global
 * `jQuery` when evaluated): expose jQuery before they are imported, as the <script> tags of an
 * AdminLTE app do.
 */
import $ from 'jquery';

(window as unknown as { jQuery: typeof $; $: typeof $ }).jQuery = $;
(window as unknown as { jQuery: typeof $; $: typeof $ }).$ = $;
export default $;
