// Writes a generated course of N lessons, in the project's own content format, to a directory: modules of
// ten lessons, each lesson 600–900 words of seeded prose (headings, a list, a <Tip>, <DoDont>s) with its own
// role-play and knowledge check, one handbook card a module, and the phone-greeting sequence. It passes every
// build rule, so `COURSE_CONTENT_DIR=<dir> astro build` builds it. Used by the scaling bench (scale.mjs).
//
//   node scripts/bench/generate-course.mjs <dir> <lessons> [seed]
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { proseWords } from '../../src/lib/course/reading-time.ts';

const fixtures = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'course');
const LESSONS_PER_MODULE = 10;
/** A YAML scalar that stays a string whatever it holds (a JSON string is valid YAML). */
const q = (text) => JSON.stringify(text);

/** mulberry32: small, fast, deterministic. */
function random(seed) {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = {
  who: ['you', 'a new hire', 'the shift lead', 'your manager', 'a colleague', 'the team', 'every greeter', 'the person on the phone'],
  customer: [
    'the customer',
    'a guest',
    'the caller',
    'a regular',
    'a first-time buyer',
    'an upset shopper',
    'a tired parent',
    'the visitor',
  ],
  verb: [
    'listen to %',
    'thank %',
    'greet %',
    'call % back',
    'help %',
    'welcome %',
    'reassure %',
    'update %',
    'apologize to %',
    'check on %',
  ],
  practice: [
    'a warm greeting',
    'an honest apology',
    'a quick callback',
    'a clear answer',
    'a kind word',
    'a follow-up call',
    'a short thank-you',
  ],
  thing: [
    'a refund',
    'a late order',
    'a broken part',
    'a missed call',
    'a wrong bill',
    'a long wait',
    'a lost parcel',
    'a booking',
    'a return',
  ],
  when: ['at the counter', 'on the phone', 'in an email', 'before closing', 'on a busy Monday', 'at the front desk', 'in the waiting room'],
  how: ['calmly', 'warmly', 'clearly', 'right away', 'in plain words', 'with a smile', 'by name', 'without rushing'],
  why: ['trust grows', 'the problem gets smaller', 'people come back', 'no one has to ask twice', 'the mood lifts', 'the promise holds'],
  topic: [
    'greeting',
    'listening',
    'apology',
    'refund',
    'phone',
    'email',
    'follow-up',
    'empathy',
    'waiting',
    'promise',
    'thank-you',
    'manager',
  ],
  heading: [
    'Why it matters',
    'What good looks like',
    'Common slips',
    'Try it on your next shift',
    'Words that help',
    'When it gets hard',
    'Before you say goodbye',
    'A quick check',
  ],
  title: ['Handling', 'Owning', 'Explaining', 'Preventing', 'Following up on', 'Calming', 'Answering', 'Fixing'],
  subject: [
    'refund requests',
    'late orders',
    'angry callers',
    'missed callbacks',
    'wrong bills',
    'long waits',
    'lost parcels',
    'returns',
    'first replies',
  ],
  manner: ['with care', 'on the phone', 'at the counter', 'by email', 'under pressure', 'the first time', 'step by step'],
  first: [
    'Ana',
    'Ben',
    'Chloe',
    'Dev',
    'Elena',
    'Farid',
    'Grace',
    'Hugo',
    'Iris',
    'Jonah',
    'Kemi',
    'Luis',
    'Maya',
    'Nils',
    'Olu',
    'Priya',
    'Quinn',
    'Rosa',
    'Sami',
    'Tess',
    'Umar',
    'Vera',
    'Wes',
    'Xenia',
    'Yara',
    'Zane',
  ],
  last: [
    'Abbott',
    'Baker',
    'Castro',
    'Dune',
    'Ellis',
    'Frost',
    'Gupta',
    'Hale',
    'Ito',
    'Jensen',
    'Khan',
    'Lind',
    'Moreau',
    'Nakamura',
    'Okafor',
    'Petrov',
    'Quist',
    'Reyes',
    'Silva',
    'Tanaka',
    'Ueda',
    'Varga',
    'Weiss',
    'Young',
    'Zhou',
  ],
  business: [
    'Gift shop',
    'Bike shop',
    'Bakery',
    'Pharmacy',
    'Garden centre',
    'Hotel lobby',
    'Phone shop',
    'Bookshop',
    'Toy store',
    'Hardware store',
    'Florist',
    'Optician',
    'Pet shop',
    'Tailor',
    'Deli',
  ],
  spot: ['entrance', 'counter', 'back aisle', 'till', 'front window', 'help point'],
  day: ['a quiet morning', 'a rainy Monday', 'a busy Saturday', 'a late Friday', 'a sunny lunchtime', 'a snowy evening', 'a holiday eve'],
  place: ['shop-floor', 'phone-line', 'email-queue', 'help-desk', 'hotel-front-desk', 'waiting-room'],
  topics: ['greetings', 'phone-and-email', 'complaints', 'courtesy', 'decisions', 'leadership'],
};

/** Writes a whole course of `lessons` lessons to `dir` (seeded, so the same arguments give the same files); returns what it wrote. */
export function generateCourse(dir, lessons, seed = 42) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const between = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const cap = (s) => s[0].toUpperCase() + s.slice(1);
  const sentence = () =>
    pick([
      () => `${cap(pick(words.who))} can ${act(pick(words.customer))} ${pick(words.how)} ${pick(words.when)}.`,
      () => `When ${pick(words.customer)} brings ${pick(words.thing)}, ${act('them')} ${pick(words.how)}, so ${pick(words.why)}.`,
      () => `${cap(pick(words.how))}, ${pick(words.who)} should ${act(pick(words.customer))} about ${pick(words.thing)}.`,
      () => `It helps to ${act(pick(words.customer))} ${pick(words.when)}, because ${pick(words.why)}.`,
      () => `${cap(pick(words.practice))} given ${pick(words.how)} means ${pick(words.why)}.`,
      () => `If ${pick(words.thing)} goes wrong ${pick(words.when)}, ${act(pick(words.customer))} first.`,
    ])();
  /** A verb phrase with its object in place: "call the caller back". */
  const act = (object) => pick(words.verb).replace('%', object);
  const paragraph = (n) => Array.from({ length: n }, sentence).join(' ');

  const root = dir;
  // Only ever replaces a course this script wrote (marked), never an unrelated folder.
  const marker = join(root, '.generated-course');
  if (existsSync(root) && readdirSync(root).length > 0 && !existsSync(marker))
    throw new Error(`${root} is not empty and was not written by generate-course.mjs; give an empty or new directory`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  writeFileSync(marker, 'written by scripts/bench/generate-course.mjs\n');
  for (const folder of ['modules', 'lessons', 'scenarios', 'checks', 'handbook', 'sequences'])
    mkdirSync(join(root, folder), { recursive: true });
  const scenarioTemplate = readFileSync(join(fixtures, 'scenarios', 'gift-for-an-aunt.yaml'), 'utf8');
  const checkTemplate = readFileSync(join(fixtures, 'checks', 'say-hello-check.yaml'), 'utf8');
  const sequenceTemplate = readFileSync(join(fixtures, 'sequences', 'phone-greeting.yaml'), 'utf8');

  const moduleCount = Math.ceil(lessons / LESSONS_PER_MODULE);
  const names = new Set();
  const settings = new Set();
  const wordCounts = [];
  const topicOrders = new Map();
  let lessonNumber = 0;
  let firstLesson = '';
  let sampleLesson = '';
  const firstCard = 'card-001';

  for (let m = 1; m <= moduleCount; m++) {
    const moduleId = `module-${String(m).padStart(3, '0')}`;
    const moduleTitle = `Module ${m}: ${cap(pick(words.subject))} ${pick(words.manner)}`;
    writeFileSync(
      join(root, 'modules', `${moduleId}.yaml`),
      `id: ${moduleId}\ntitle: ${q(moduleTitle)}\nsummary: ${q(paragraph(1))}\naudience: [new-hire, manager]\norder: ${m}\n`,
    );
    mkdirSync(join(root, 'lessons', moduleId), { recursive: true });
    const moduleLessons = [];
    const moduleScenarios = [];
    const inModule = Math.min(LESSONS_PER_MODULE, lessons - lessonNumber);
    for (let order = 1; order <= inModule; order++) {
      lessonNumber++;
      const slug = `lesson-${String(lessonNumber).padStart(4, '0')}`;
      const scenarioId = `${slug}-roleplay`;
      const checkId = `${slug}-check`;
      moduleLessons.push(slug);
      moduleScenarios.push(scenarioId);
      firstLesson ||= slug;
      if (m === Math.ceil(moduleCount / 2) && order === Math.ceil(inModule / 2)) sampleLesson = `/modules/${moduleId}/${slug}/`;
      const { text, count } = lessonBody(slug === firstLesson);
      wordCounts.push(count);
      writeFileSync(join(root, 'lessons', moduleId, `${slug}.mdx`), lessonFile(slug, moduleId, order, text, scenarioId, checkId));
      writeFileSync(join(root, 'scenarios', `${scenarioId}.yaml`), scenarioFile(scenarioId, slug));
      writeFileSync(
        join(root, 'checks', `${checkId}.yaml`),
        checkTemplate.replace(/^id: .*$/m, `id: ${checkId}`).replace(/^lesson: .*$/m, `lesson: ${slug}`),
      );
    }
    writeCard(m, moduleLessons, moduleScenarios);
  }
  writeFileSync(
    join(root, 'sequences', 'phone-greeting.yaml'),
    sequenceTemplate.replace(/^shownIn: .*$/m, `shownIn: [${firstCard}, ${firstLesson}]`),
  );

  return {
    dir: root,
    modules: moduleCount,
    lessons: lessonNumber,
    cards: moduleCount,
    words: { min: Math.min(...wordCounts), max: Math.max(...wordCounts), total: wordCounts.reduce((a, b) => a + b, 0) },
    sampleLesson,
  };

  /** A lesson body of 600–900 prose words (as the course counts them), with headings, a list, a tip and do/don'ts. */
  function lessonBody(withSteps) {
    const target = between(620, 880);
    const headings = [...words.heading].sort(() => rnd() - 0.5).slice(0, 4);
    const parts = [[paragraph(between(3, 5))], [], [], [], []];
    const fixed = [
      `- ${cap(act(pick(words.customer)))} ${pick(words.when)}.`,
      `- ${cap(act(pick(words.customer)))} ${pick(words.how)}.`,
      `- ${cap(act(pick(words.customer)))} about ${pick(words.thing)}.`,
      `- Say thank you ${pick(words.how)}.`,
    ].join('\n');
    const tip = `<Tip title="Try it">\n\n${paragraph(2)}\n\n</Tip>`;
    const doDont = Array.from(
      { length: between(1, 3) },
      () =>
        `<DoDont do="${cap(act(pick(words.customer)))} ${pick(words.how)}" dont="Leave ${pick(words.customer)} with ${pick(words.thing)}" />`,
    ).join('\n');
    const takeaways = `<KeyTakeaways>\n\n- ${sentence()}\n- ${sentence()}\n- ${sentence()}\n\n</KeyTakeaways>`;
    const steps = withSteps ? '<Steps sequence="phone-greeting" />\n\n' : '';
    const compose = () =>
      [
        parts[0].join('\n\n'),
        `## ${headings[0]}\n\n${parts[1].join('\n\n')}\n\n${fixed}`,
        `## ${headings[1]}\n\n${steps}${parts[2].join('\n\n')}\n\n${doDont}`,
        `## ${headings[2]}\n\n${parts[3].join('\n\n')}\n\n${tip}`,
        `## ${headings[3]}\n\n${parts[4].join('\n\n')}`,
        takeaways,
      ].join('\n\n');
    for (let k = 0; ; k++) {
      const next = paragraph(between(2, 4));
      const section = 1 + (k % 4);
      parts[section].push(next);
      const count = proseWords(compose()).length;
      if (count > 900) parts[section].pop();
      if (count >= target) {
        const text = compose();
        return { text, count: proseWords(text).length };
      }
    }
  }

  function lessonFile(slug, moduleId, order, body, scenarioId, checkId) {
    const topic = pick(words.topic);
    return `---
title: ${q(`${cap(pick(words.title))} ${pick(words.subject)} ${pick(words.manner)} (${slug.slice(7)})`)}
summary: ${q(sentence())}
module: ${moduleId}
order: ${order}
audience: [${pick(['new-hire', 'manager', 'new-hire, manager'])}]
objectives:
  - ${cap(act(pick(words.customer)))} ${pick(words.how)} ${pick(words.when)}
  - Keep ${pick(words.thing)} from turning into a complaint
questions:
  - "How do I ${act(pick(words.customer))} ${pick(words.when)}?"
  - "What do I say about ${pick(words.thing)}?"
tags: [${topic}, ${pick(words.topic.filter((t) => t !== topic))}]
updated: 2026-11-22
---

${body}

<RolePlay id="${scenarioId}" />

<KnowledgeCheck id="${checkId}" />
`;
  }

  /** The fixture scenario with its own id, lesson, person and setting (both unique across the course). */
  function scenarioFile(id, lesson) {
    // No surname may be shared by two people (a build rule): each person's surname carries their number.
    const name = `${pick(words.first)} ${pick(words.last)}-${names.size + 1}`;
    names.add(name);
    let setting = `${pick(words.business)} ${pick(words.spot)} on ${pick(words.day)}`;
    if (settings.has(setting)) setting = `${setting}, visit ${settings.size}`;
    settings.add(setting);
    const first = name.split(' ')[0];
    return scenarioTemplate
      .replace(/^id: .*$/m, `id: ${id}`)
      .replace(/^title: .*$/m, `title: ${q(`${cap(pick(words.thing))} ${pick(words.when)}`)}`)
      .replace(/^lesson: .*$/m, `lesson: ${lesson}`)
      .replace(/^ {2}name: .*$/m, `  name: ${q(name)}`)
      .replace(/^ {2}situation: .*$/m, `  situation: ${q(`${first} comes in about ${pick(words.thing)} and seems unsure where to start.`)}`)
      .replace(/^ {2}setting: .*$/m, `  setting: ${q(setting)}`)
      .replace(/^ {2}place: .*$/m, `  place: ${pick(words.place)}`)
      .replaceAll('Ana', first);
  }

  /** One card a module: taught by its first lessons, practised with its first role-play. */
  function writeCard(m, moduleLessons, moduleScenarios) {
    const id = `card-${String(m).padStart(3, '0')}`;
    const topic = words.topics[(m - 1) % words.topics.length];
    const order = (topicOrders.get(topic) ?? 0) + 1;
    topicOrders.set(topic, order);
    const steps = id === firstCard ? '<Steps sequence="phone-greeting" />\n\n' : '';
    writeFileSync(
      join(root, 'handbook', `${id}.mdx`),
      `---
title: ${q(`${cap(pick(words.subject))} ${pick(words.manner)}, card ${m}`)}
summary: ${q(sentence())}
topic: ${topic}
order: ${order}
audience: [new-hire, manager]
say: ${q(`Thanks for waiting. How can I help you ${pick(words.how)}?`)}
lessons: [${moduleLessons.slice(0, 3).join(', ')}]
practise: [${moduleScenarios[0]}]
questions:
  - "How do I ${act(pick(words.customer))}?"
  - "What do I say ${pick(words.when)}?"
updated: 2026-11-23
---

**When to use it:** ${sentence()}

${steps}${paragraph(3)}

<DoDont do="${cap(act(pick(words.customer)))} ${pick(words.how)}" dont="Leave ${pick(words.customer)} waiting" />

<Tip>

${paragraph(2)}

</Tip>
`,
    );
  }
}

if (import.meta.main) {
  const [dir, n, seed] = process.argv.slice(2);
  const lessons = Number(n);
  if (!dir || !Number.isInteger(lessons) || lessons < 1) {
    console.error('usage: node scripts/bench/generate-course.mjs <dir> <lessons> [seed]');
    process.exit(2);
  }
  const made = generateCourse(dir, lessons, seed ? Number(seed) : undefined);
  console.log(
    `wrote ${made.lessons} lessons in ${made.modules} modules, ${made.cards} cards to ${made.dir}; words a lesson ${made.words.min}–${made.words.max}`,
  );
}
