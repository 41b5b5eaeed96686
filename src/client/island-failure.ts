// An island whose code cannot be fetched (the connection dropped after the page loaded, before the learner
// scrolled to it) would leave its first screen on the page with controls that never wake up. Astro reports
// the failed import only as an unhandled rejection: turn it into a message, with a way to try again, in
// every island still waiting for its code.
const FAILED_IMPORT = /dynamically imported module|importing a module script failed|error loading dynamically imported/i;

addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
  const reason: unknown = event.reason;
  const message = reason instanceof Error ? reason.message : String(reason);
  if (!FAILED_IMPORT.test(message)) return;
  const waiting = [...document.querySelectorAll<HTMLElement>('astro-island[ssr]')];
  const named = waiting.filter((island) => message.includes(island.getAttribute('component-url') ?? '\0'));
  for (const island of named.length > 0 ? named : waiting) {
    if (island.querySelector('.island-failed')) continue;
    const note = document.createElement('div');
    note.className = 'load-problem island-failed';
    note.setAttribute('role', 'alert');
    const text = document.createElement('p');
    text.textContent =
      'This part of the page could not load: the connection seems to have dropped. Reload the page when you are back online.';
    const reload = document.createElement('button');
    reload.type = 'button';
    reload.className = 'primary';
    reload.textContent = 'Reload the page';
    reload.addEventListener('click', () => location.reload());
    note.append(text, reload);
    island.prepend(note);
  }
});
