import { describe, expect, it } from 'vitest';
import { notReported, readExpected, reminderMail } from '../../src/lib/assignments/expected.ts';

describe('the people a manager expects to report', () => {
  it('reads one name a line, cleaned, without blanks or repeats', () => {
    expect(readExpected('Sam Ortiz\n\n  Lee Wong \nsam ortiz\nS\u200bam Ortiz\r\nAna')).toEqual(['Sam Ortiz', 'Lee Wong', 'Ana']);
    expect(readExpected('x\n'.repeat(500)).length).toBe(1);
  });

  it('lists who has not reported, matching names whatever their case or hidden characters', () => {
    const group = { learners: [{ name: 'Lee Wong' }, { name: 'ana' }] } as never;
    expect(notReported(['Sam Ortiz', 'lee wong', 'Ana'], group)).toEqual(['Sam Ortiz']);
    expect(notReported(['Sam Ortiz'], undefined)).toEqual(['Sam Ortiz']);
  });

  it('makes a reminder e-mail with the title, the due day and how to report, every part encoded', () => {
    const url = reminderMail('Phone & email', '2026-12-08', 'https://example.org');
    expect(url.startsWith('mailto:?')).toBe(true);
    const params = new URLSearchParams(url.slice('mailto:?'.length));
    expect(params.get('subject')).toBe('Reminder: Phone & email');
    expect(params.get('body')).toContain('“Phone & email” by ');
    expect(params.get('body')).toContain('https://example.org/progress/');
  });
});
