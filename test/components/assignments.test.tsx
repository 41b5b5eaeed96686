import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import AssignBuilder from '../../src/islands/AssignBuilder.tsx';
import OpenAssignment from '../../src/islands/OpenAssignment.tsx';
import TeamRoster from '../../src/islands/TeamRoster.tsx';
import { encodeAssignment } from '../../src/lib/assignments/assignment-link.ts';
import type { CatalogModule } from '../../src/lib/assignments/catalog.ts';
import { encodeReport } from '../../src/lib/assignments/report.ts';
import { emptyProgress } from '../../src/lib/progress/schema.ts';
import { progressStore } from '../../src/client/progress.ts';

const modules: CatalogModule[] = [
  {
    id: 'first-steps',
    title: 'First steps',
    href: '/modules/first-steps/',
    newHire: true,
    lessons: [
      { slug: 'say-hello', title: 'Say hello', minutes: 3, href: '/modules/first-steps/say-hello/' },
      { slug: 'listen-well', title: 'Listen well', minutes: 4, href: '/modules/first-steps/listen-well/' },
    ],
  },
];

const link = () => {
  const e = encodeAssignment({ t: 'Greeting refresher', i: ['say-hello'], c: '2026-11-16T08:00:00.000Z', b: 'Dana' });
  if (!e.ok) throw new Error(e.message);
  return e.fragment;
};

afterEach(() => {
  cleanup();
  progressStore().replace(emptyProgress());
  localStorage.clear();
  window.location.hash = '';
});

describe('AssignBuilder island', () => {
  it('shows a module partly picked as mixed, and the total minutes', () => {
    render(<AssignBuilder modules={modules} />);
    fireEvent.click(screen.getByLabelText('Listen well'));
    expect((screen.getByLabelText('Whole module: First steps') as HTMLInputElement).indeterminate).toBe(true);
    expect(screen.getByText('1 lesson picked, about 4 minutes in all.')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Whole module: First steps'));
    expect(screen.getByText('2 lessons picked, about 7 minutes in all.')).toBeTruthy();
  });

  it('asks for what is missing, then makes a link; a later change takes the link away', () => {
    render(<AssignBuilder modules={modules} />);
    fireEvent.click(screen.getByRole('button', { name: 'Make the link' }));
    expect(screen.getByRole('alert').textContent).toMatch(/title/);
    fireEvent.input(screen.getByLabelText(/^Title/), { target: { value: 'Greeting refresher' } });
    fireEvent.click(screen.getByRole('button', { name: 'Make the link' }));
    expect(screen.getByRole('alert').textContent).toBe('Pick at least one lesson.');
    fireEvent.click(screen.getByLabelText('Say hello'));
    fireEvent.click(screen.getByRole('button', { name: 'Make the link' }));
    expect((screen.getByLabelText('Link to the assignment') as HTMLTextAreaElement).value).toMatch(/\/assignment\/#a1\./);
    fireEvent.click(screen.getByLabelText('Listen well'));
    expect(screen.queryByLabelText('Link to the assignment')).toBeNull();
  });
});

describe('OpenAssignment island', () => {
  it('adds the assignment once, however often the link is opened', async () => {
    window.location.hash = `#${link()}`;
    render(<OpenAssignment modules={modules} />);
    await screen.findByText(/^Added to My assignments/);
    expect(screen.getByRole('heading', { name: 'Greeting refresher' })).toBeTruthy();
    cleanup();
    render(<OpenAssignment modules={modules} />);
    await screen.findByText(/already in My assignments/);
    expect(Object.keys(progressStore().$progress.get().assignments)).toHaveLength(1);
  });

  it('a tampered link is explained and changes nothing', async () => {
    window.location.hash = `#${link().replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))}`;
    render(<OpenAssignment modules={modules} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/changed after it was made.*Nothing was changed\./);
    expect(progressStore().$progress.get()).toEqual(emptyProgress());
  });
});

describe('TeamRoster island', () => {
  it('shows a report’s markup as text', async () => {
    const r = encodeReport({
      a: 'a-1',
      t: '<i>Title</i>',
      n: '<img src=x onerror=alert(1)>',
      at: '2026-11-19T10:00:00.000Z',
      i: [{ s: 'say-hello', p: 80, c: '2026-11-18T10:00:00.000Z' }],
    });
    if (!r.ok) throw new Error(r.message);
    const { container } = render(<TeamRoster modules={modules} />);
    fireEvent.input(screen.getByLabelText(/Paste report links/), { target: { value: `https://x.example/team/#${r.fragment}` } });
    fireEvent.click(screen.getByRole('button', { name: 'Add reports' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: '<i>Title</i>' })).toBeTruthy());
    expect(screen.getAllByText('<img src=x onerror=alert(1)>').length).toBeGreaterThan(0);
    expect(container.querySelector('img, i')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('1 report added.');
  });
});
