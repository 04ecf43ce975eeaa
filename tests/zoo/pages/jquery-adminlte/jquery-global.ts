/**
 * bootstrap-datepicker's locale files and bootstrap4-toggle are browser-global plugins (they call `jQuery(...)` / read
 * `window.jQuery` when evaluated): expose jQuery before they are imported, as the <script>
 * tags of an old app did.
 */
import $ from 'jquery';

(window as unknown as { jQuery: typeof $; $: typeof $ }).jQuery = $;
(window as unknown as { jQuery: typeof $; $: typeof $ }).$ = $;
export default $;
