// On every page: Ctrl/Cmd+K or "/" opens the search dialog (its code loads on first use),
// and words from ?highlight= are marked on the page a search result led to (that code loads only then).

const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
let mounted: Promise<void> | undefined;

async function openSearch(initial: string) {
  if (!dialog) return;
  const slot = dialog.querySelector<HTMLElement>('[data-search-slot]');
  if (slot) mounted ??= import('./mount-dialog.ts').then((m) => m.mountSearch(slot));
  try {
    await mounted;
  } catch {
    // Offline before the search code arrived: say so in the dialog, and try again next time.
    mounted = undefined;
    if (slot) slot.textContent = 'Search could not load: this page seems to be offline. Try again when you are back online.';
    if (!dialog.open) dialog.showModal();
    return;
  }
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]');
  if (input && initial) {
    input.value = initial;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  if (!dialog.open) dialog.showModal();
  dialog.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
}

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

addEventListener('keydown', (event) => {
  const k = event.key.toLowerCase();
  if (
    (k === 'k' && (event.ctrlKey || event.metaKey)) ||
    (event.key === '/' && !typing(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey)
  ) {
    event.preventDefault();
    void openSearch('');
  }
});

dialog?.querySelector('[data-close-search]')?.addEventListener('click', () => dialog.close());
// A click on the backdrop (outside the panel) closes the dialog too.
dialog?.addEventListener('click', (event) => {
  if (event.target === dialog) dialog.close();
});
// With JavaScript, the header's search form opens the dialog in place; without it, the form goes to /search/.
document.querySelector<HTMLFormElement>('[data-header-search]')?.addEventListener('submit', (event) => {
  event.preventDefault();
  const field = (event.currentTarget as HTMLFormElement).querySelector('input');
  void openSearch(field?.value ?? '');
});

if (new URLSearchParams(location.search).has('highlight')) void import('./mark-highlights.ts').then((m) => m.markHighlights());
