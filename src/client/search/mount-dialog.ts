import { h, render } from 'preact';
import SearchPanel from '../../islands/SearchPanel.tsx';
import { loadStylesheet } from '../stylesheet.ts';
// A URL, not an import: an imported stylesheet would be put in every page, though most never search.
import searchStyles from '../../styles/search-dialog.css?url';

/** Renders the search panel into the dialog, the first time search is used on a page. */
export async function mountSearch(slot: HTMLElement): Promise<void> {
  await loadStylesheet(searchStyles);
  render(h(SearchPanel, { syncUrl: false }), slot);
}
