// An island whose code cannot be fetched (the connection dropped after the page loaded, before the learner
// scrolled to it) would leave its first screen on the page with controls that never wake up. Astro retries
// the import once, then fires `astro:hydration-error` on the island: say so in it, with a way to try again.
const NOTE =
  '<div class="load-problem island-failed" role="alert"><p>This part of the page could not load: the connection seems to have dropped. Reload the page when you are back online.</p><button type="button" class="primary" data-reload>Reload the page</button></div>';

addEventListener('astro:hydration-error', (event) => {
  const island = event.target;
  if (!(island instanceof Element) || island.querySelector('.island-failed')) return;
  event.preventDefault();
  island.insertAdjacentHTML('afterbegin', NOTE);
});
addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('[data-reload]')) location.reload();
});
