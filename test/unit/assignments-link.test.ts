import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignmentId, decodeAssignment, encodeAssignment, toStoredAssignment } from '../../src/lib/assignments/assignment-link.ts';
import { MAX_FRAGMENT, seal } from '../../src/lib/assignments/envelope.ts';
import type { AssignmentPayload } from '../../src/lib/assignments/schema.ts';
import { assignmentSchema, emptyProgress } from '../../src/lib/progress/schema.ts';
import { addAssignment } from '../../src/lib/progress/update.ts';
import { assignmentPayload, isLesson } from '../support/assignment-arbitraries.ts';

const apology: AssignmentPayload = {
  t: 'Apology and phone refresher',
  i: ['apologize-like-you-mean-it', 'answering-the-phone'],
  c: '2026-11-16T08:00:00.000Z',
  d: '2026-11-20',
  b: 'Dana, shift manager',
  m: 'Front desk',
  n: 'Ten minutes before your Tuesday shift is enough.',
};

const link = () => {
  const e = encodeAssignment(apology);
  if (!e.ok) throw new Error(e.message);
  return e.fragment;
};

const problemOf = (fragment: string) => {
  const d = decodeAssignment(fragment, isLesson);
  return d.ok ? 'ok' : d.problem;
};

describe('assignment links', () => {
  it('round-trip: the learner reads exactly what the manager wrote', () => {
    const decoded = decodeAssignment(`#${link()}`, isLesson);
    expect(decoded).toEqual({ ok: true, value: { id: assignmentId(apology), payload: apology } });
  });

  it('are compact and use only characters that never need escaping in a URL', () => {
    expect(link()).toMatch(/^a1\.[0-9a-z]+\.[0-9a-z]+\.[A-Za-z0-9_-]+$/);
    expect(link().length).toBeLessThan(400);
  });

  it('give the same id for the same link and a different id for a different assignment', () => {
    expect(assignmentId(apology)).toBe(assignmentId({ ...apology }));
    expect(assignmentId(apology)).toMatch(/^a-[0-9a-z]+$/);
    expect(assignmentId({ ...apology, c: '2026-12-01T08:00:00.000Z' })).not.toBe(assignmentId(apology));
    expect(assignmentId({ ...apology, d: '2026-11-21' })).not.toBe(assignmentId(apology));
  });

  it('opening the same link twice adds the assignment once', () => {
    const open = () => {
      const decoded = decodeAssignment(link(), isLesson);
      if (!decoded.ok) throw new Error(decoded.message);
      return decoded.value;
    };
    const first = addAssignment(emptyProgress(), toStoredAssignment(open(), '2026-11-16T09:00:00.000Z'));
    const again = addAssignment(first, toStoredAssignment(open(), '2026-11-17T09:00:00.000Z'));
    expect(Object.keys(again.assignments)).toEqual([assignmentId(apology)]);
    expect(again.assignments[assignmentId(apology)]?.addedAt).toBe('2026-11-16T09:00:00.000Z');
    expect(assignmentSchema.safeParse(first.assignments[assignmentId(apology)]).success).toBe(true);
  });

  it('refuse to make a link without a title or lessons, or one over the size bound', () => {
    expect(encodeAssignment({ ...apology, t: '  ' })).toEqual({ ok: false, message: expect.stringMatching(/title/) });
    expect(encodeAssignment({ ...apology, i: [] })).toEqual({ ok: false, message: 'Pick at least one lesson.' });
    expect(encodeAssignment({ ...apology, n: 'x'.repeat(1001) })).toEqual({ ok: false, message: expect.stringMatching(/note/) });
    const long = encodeAssignment({ ...apology, n: '€'.repeat(1000), t: 'é'.repeat(200) });
    expect(long).toMatchObject({ ok: false, message: expect.stringMatching(/too long/) });
  });

  describe('faults: each gets a clear message', () => {
    it('no payload at all', () => {
      expect(decodeAssignment('', isLesson)).toMatchObject({
        ok: false,
        problem: 'missing',
        message: expect.stringMatching(/no assignment link/),
      });
      expect(problemOf('#')).toBe('missing');
    });

    it('oversized, before any decoding', () => {
      const d = decodeAssignment(`a1.${'x'.repeat(MAX_FRAGMENT)}`, isLesson);
      expect(d).toMatchObject({ ok: false, problem: 'oversized', message: expect.stringMatching(/too long/) });
    });

    it('an unknown version', () => {
      const d = decodeAssignment(link().replace(/^a1/, 'a2'), isLesson);
      expect(d).toMatchObject({ ok: false, problem: 'unknown-version', message: expect.stringMatching(/version 2/) });
    });

    it('a report given where an assignment is expected, and text that is no link', () => {
      expect(problemOf(link().replace(/^a1/, 'r1'))).toBe('wrong-kind');
      expect(problemOf('hello there')).toBe('unrecognised');
    });

    it('truncated anywhere after its first characters', () => {
      const full = link();
      for (let cut = 2; cut < full.length; cut++) expect(problemOf(full.slice(0, cut)), `cut at ${cut}`).toBe('truncated');
      expect(decodeAssignment(full.slice(0, -3), isLesson)).toMatchObject({ message: expect.stringMatching(/incomplete/) });
    });

    it('tampered: a changed character, a changed checksum, or characters added', () => {
      const full = link();
      const body = full.lastIndexOf('.') + 1;
      const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === '1' ? '2' : '1') + s.slice(i + 1);
      expect(problemOf(flip(full, body + 5))).toBe('tampered');
      expect(problemOf(flip(full, full.indexOf('.', 3) + 1))).toBe('tampered');
      expect(problemOf(`${full}AAAA`)).toBe('tampered');
      expect(problemOf(`${full.slice(0, body)}<script>`)).toBe('tampered');
      expect(problemOf(full.replace('.', '.Z'))).toBe('tampered');
      expect(decodeAssignment(flip(full, body + 5), isLesson)).toMatchObject({
        message: expect.stringMatching(/changed after it was made/),
      });
    });

    it('a well-formed envelope around something that is not an assignment', () => {
      expect(problemOf(seal('a', 1, { t: 'x', i: 'glad-or-mad' }))).toBe('invalid');
      expect(problemOf(seal('a', 1, { ...apology, d: '2026-02-30' }))).toBe('invalid');
      expect(problemOf(seal('a', 1, { ...apology, extra: '<b>' }))).toBe('invalid');
      expect(problemOf(seal('a', 1, [1, 2]))).toBe('invalid');
    });

    it('lessons the course does not have, named in the message', () => {
      const d = decodeAssignment(seal('a', 1, { ...apology, i: ['glad-or-mad', 'no-such-lesson'] }), isLesson);
      expect(d).toMatchObject({ ok: false, problem: 'unknown-lessons', message: expect.stringContaining('no-such-lesson') });
    });
  });

  describe('properties', () => {
    it('encode → decode round-trips every valid assignment', () => {
      fc.assert(
        fc.property(assignmentPayload, (p) => {
          const e = encodeAssignment(p);
          if (!e.ok) return e.message.includes('too long');
          const d = decodeAssignment(e.fragment, isLesson);
          return d.ok && JSON.stringify(d.value.payload) === JSON.stringify(p) && d.value.id === assignmentId(p);
        }),
        { numRuns: 300 },
      );
    });

    it('decoding arbitrary text never throws and never yields an assignment', () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 5000 }), (s) => {
          const d = decodeAssignment(s, isLesson);
          return d.ok === false && typeof d.message === 'string' && d.message.length > 0;
        }),
        { numRuns: 1000 },
      );
    });

    it('decoding link-shaped text never throws', () => {
      const linkish = fc
        .tuple(
          fc.constantFrom('a1', 'a2', 'r1', 'a'),
          fc.stringMatching(/^[0-9a-z]{0,3}$/),
          fc.stringMatching(/^[0-9a-z]{0,12}$/),
          fc.base64String(),
        )
        .map(([h, l, c, b]) => `${h}.${l}.${c}.${b.replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, '')}`);
      fc.assert(
        fc.property(linkish, (s) => {
          decodeAssignment(s, isLesson);
          return true;
        }),
        { numRuns: 1000 },
      );
    });

    it('any single-character change to a valid link is refused', () => {
      const full = link();
      fc.assert(
        fc.property(fc.nat(full.length - 1), fc.constantFrom(...'abcxyzABCXYZ019-_.'), (i, c) => {
          fc.pre(full[i] !== c);
          return !decodeAssignment(full.slice(0, i) + c + full.slice(i + 1), isLesson).ok;
        }),
        { numRuns: 500 },
      );
    });
  });
});
