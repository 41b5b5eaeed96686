import { h, render } from 'preact';
import SearchPanel from '../../islands/SearchPanel.tsx';
import '../../styles/search.css';

/** Renders the search panel into the dialog, the first time search is used on a page. */
export function mountSearch(slot: HTMLElement): void {
  render(h(SearchPanel, { syncUrl: false }), slot);
}
