import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import type { FunctionComponent } from 'preact';
import { CATALOG_URL, type CatalogModule } from '../../src/lib/assignments/catalog.ts';

const catalog: CatalogModule[] = [
  {
    id: 'm',
    title: 'Module',
    href: '/modules/m/',
    newHire: true,
    lessons: [{ slug: 'a', title: 'Lesson A', minutes: 5, href: '/modules/m/a/' }],
  },
];
let Titles: FunctionComponent<{ modules?: CatalogModule[] }>;
// A fresh module each time: the catalogue is fetched once per page, and each test is a new page.
beforeEach(async () => {
  vi.resetModules();
  const { withCatalog } = await import('../../src/islands/use-catalog.tsx');
  Titles = withCatalog(
    ({ modules }: { modules: CatalogModule[] }) => <p>{modules.map((m) => m.lessons.length).join()} lessons</p>,
    'course list',
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('islands that need the course catalogue', () => {
  it('render at once with a given catalogue, fetching nothing', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    render(<Titles modules={catalog} />);
    expect(screen.getByText('1 lessons')).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('say they are loading, fetch the static catalogue once, then render', async () => {
    const fetch = vi.fn(() => Promise.resolve(Response.json(catalog)));
    vi.stubGlobal('fetch', fetch);
    render(
      <>
        <Titles />
        <Titles />
      </>,
    );
    expect(screen.getAllByRole('status')[0]!.textContent).toBe('Loading the course list…');
    expect(await screen.findAllByText('1 lessons')).toHaveLength(2);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith(CATALOG_URL);
  });

  it('offer to try again when the catalogue cannot be fetched or is not one, and recover', async () => {
    const fetch = vi
      .fn()
      .mockImplementationOnce(() => Promise.reject(new TypeError('offline')))
      .mockImplementationOnce(() => Promise.resolve(Response.json({ not: 'a catalogue' })))
      .mockImplementation(() => Promise.resolve(Response.json(catalog)));
    vi.stubGlobal('fetch', fetch);
    render(<Titles />);
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect((await screen.findByRole('alert')).textContent).toContain('could not be loaded');
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('1 lessons')).toBeTruthy();
  });
});
