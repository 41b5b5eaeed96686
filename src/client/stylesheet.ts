/**
 * Adds a stylesheet (a URL from a `?url` import) once, for code that loads on use: a stylesheet imported
 * by such code would be put in every page. Resolves when it has loaded, or failed (unstyled still works).
 */
export function loadStylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[rel="stylesheet"][href="${href}"]`)) return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const settled = new Promise<void>((done) => {
    link.onload = link.onerror = () => done();
  });
  document.head.append(link);
  return settled;
}
