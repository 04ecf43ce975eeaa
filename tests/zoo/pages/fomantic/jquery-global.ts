/** Fomantic-UI's scripts are classic jQuery plugins that read the global jQuery: set it before they load. */
import $ from 'jquery';

Object.assign(window, { $, jQuery: $ });
