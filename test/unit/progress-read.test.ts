import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProgress } from '../../src/lib/progress/parse.ts';
import { emptyProgress } from '../../src/lib/progress/schema.ts';
import { exportProgress, previewImport, readImport } from '../../src/lib/progress/transfer.ts';
import { migrate } from '../../src/lib/progress/versions.ts';
import { progress } from '../support/progress-arbitraries.ts';

describe('reading stored progress', () => {
  it('never throws, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        expect(typeof parseProgress(raw).ok).toBe('boolean');
      }),
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(typeof parseProgress(JSON.stringify(value)).ok).toBe('boolean');
      }),
    );
  });

  it('names each kind of fault', () => {
    expect(parseProgress('{"version":1,"lessons":')).toMatchObject({ ok: false, problem: 'corrupt' });
    expect(parseProgress('[1,2]')).toMatchObject({ ok: false, problem: 'wrong-shape' });
    expect(parseProgress('{"version":1,"lessons":"none","activities":{},"assignments":{}}')).toMatchObject({
      ok: false,
      problem: 'wrong-shape',
      detail: expect.stringContaining('lessons'),
    });
    expect(parseProgress('{"version":7,"lessons":{}}')).toMatchObject({
      ok: false,
      problem: 'newer-version',
      detail: expect.stringContaining('version 7'),
    });
  });

  it('reads back what it wrote', () => {
    fc.assert(
      fc.property(progress, (p) => {
        expect(parseProgress(JSON.stringify(p))).toEqual({ ok: true, progress: p, migrated: false, skipped: [] });
      }),
    );
  });
});

describe('versions and migrations', () => {
  const steps = {
    1: (r: Record<string, unknown>) => ({ ...r, version: 2, renamed: r['old'] }),
    2: (r: Record<string, unknown>) => ({ ...r, version: 3 }),
  };

  it('applies each step in turn up to the current version', () => {
    expect(migrate({ version: 1, old: 'x' }, steps, 3)).toEqual({ ok: true, record: { version: 3, old: 'x', renamed: 'x' } });
    expect(migrate({ version: 2 }, steps, 3)).toEqual({ ok: true, record: { version: 3 } });
  });

  it('refuses a newer version or a missing one instead of guessing', () => {
    expect(migrate({ version: 4 }, steps, 3)).toMatchObject({ ok: false, reason: 'newer-version' });
    expect(migrate({}, steps, 3)).toMatchObject({ ok: false, reason: 'no-version' });
    expect(migrate({ version: 1.5 }, steps, 3)).toMatchObject({ ok: false, reason: 'no-version' });
  });
});

describe('export and import', () => {
  it('round-trips exactly through a file', () => {
    fc.assert(
      fc.property(progress, (p) => {
        const file = exportProgress(p, new Date('2026-11-22T10:00:00Z'));
        expect(readImport(file.text)).toEqual({ ok: true, progress: p, damaged: [] });
        expect(previewImport(emptyProgress(), p).merged).toEqual(p);
      }),
    );
  });

  it('names the file after the course and the date', () => {
    expect(exportProgress(emptyProgress(), new Date('2026-11-22T10:00:00Z')).name).toBe('glad-to-help-progress-2026-11-22.json');
  });

  it('never throws on any file, and says why a file is refused', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(typeof readImport(text).ok).toBe('boolean');
      }),
    );
    expect(readImport('not json')).toEqual({ ok: false, message: 'This file is not a progress export: it is not valid JSON.' });
    expect(readImport('{"hello":1}')).toEqual({ ok: false, message: 'This file is not a progress export from this course.' });
    expect(readImport('{"format":"glad-to-help/progress","progress":{"version":1}}')).toEqual({
      ok: false,
      message: 'This progress file cannot be used: its contents are damaged or incomplete. Nothing was changed.',
    });
  });

  it('previews which lessons an import adds and which it updates', () => {
    const at = (d: number) => new Date(Date.UTC(2026, 10, d)).toISOString();
    const current = {
      ...emptyProgress(),
      lessons: { a: { firstVisit: at(1), lastVisit: at(1) }, b: { firstVisit: at(1), lastVisit: at(1) } },
    };
    const incoming = {
      ...emptyProgress(),
      lessons: {
        a: { firstVisit: at(1), lastVisit: at(1), completion: { done: true, at: at(2) } },
        b: { firstVisit: at(1), lastVisit: at(1) },
        c: { firstVisit: at(3), lastVisit: at(3) },
      },
    };
    const preview = previewImport(current, incoming);
    expect(preview.added).toEqual(['c']);
    expect(preview.updated).toEqual(['a']);
  });
});
