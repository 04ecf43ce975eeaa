/**
 * DevExtreme registers its widgets as jQuery plugins ($.fn.dxForm …) when jQuery is present, as
 * the <script> tags of an ASP.NET / enterprise back office load it: expose jQuery first.
 */
import $ from 'jquery';

(window as unknown as { jQuery: typeof $; $: typeof $ }).jQuery = $;
(window as unknown as { jQuery: typeof $; $: typeof $ }).$ = $;
export default $;
