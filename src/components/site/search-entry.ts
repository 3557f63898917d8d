/**
 * Entry of the lazily loaded search chunk. The site script imports this file's URL through
 * Vite's `?worker&url` (a standalone bundle with its own URL, and no preload helper added to the
 * site script) and loads it with a dynamic import the first time the search dialog opens.
 */
import { bindSearch } from './search';

const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
if (dialog) void bindSearch(dialog, document.body.dataset.base ?? '/');
