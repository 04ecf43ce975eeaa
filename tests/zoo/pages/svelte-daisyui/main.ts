/**
 * Zoo page: Svelte 5 (runes, compiled by @sveltejs/vite-plugin-svelte) + daisyUI 5's prebuilt CSS
 * (daisyui/daisyui.css, no Tailwind build: the few layout utilities are in style.css), written
 * from daisyUI's docs: every field a `fieldset.fieldset` with its `legend.fieldset-legend` and a
 * `p.label` hint, sections as `.card`s titled by `.card-title`, native `select.select` with a
 * disabled prompt option, `label.input` holding ฿ / บาท in a `span.label` beside the input,
 * native `input.range` beside a number input, native `input type=date` (ISO values),
 * `input.radio` / `input.toggle` inside `label.label` (text after), toggles revealing plan
 * `.card`s, a `details.collapse` section, a `.table` of input / select cells, the M1 edition as
 * daisyUI's "radio as buttons" (`input.btn type=radio aria-label=…` in a `.join`), and a
 * `dialog.modal` confirming the save. The target groups: svelte-multiselect's MultiSelect.
 */
import { mount } from 'svelte';
import 'daisyui/daisyui.css';
import './style.css';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
