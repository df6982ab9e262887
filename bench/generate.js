// A seeded generator of realistic timeline documents for the benchmark: the same seed
// gives the same document, so runs compare like with like.

/** mulberry32: a small, fast, seedable PRNG. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTORS = [
  { id: 'north-korea', name: "Democratic People's Republic of Korea", shortName: 'North Korea', kind: 'state', color: '#b3261e' },
  { id: 'united-states', name: 'United States', shortName: 'U.S.', kind: 'state', color: '#1f4e9e' },
  { id: 'china', name: "People's Republic of China", shortName: 'China', kind: 'state', color: '#b8860b' },
  { id: 'south-korea', name: 'Republic of Korea', shortName: 'South Korea', kind: 'state', color: '#2e7d6b' },
  { id: 'un-security-council', name: 'United Nations Security Council', shortName: 'UN Security Council', kind: 'organization', color: '#4a6fa5' },
  { id: 'japan', name: 'Japan', kind: 'state', color: '#7b4f9d' },
];
const KINDS = ['summit', 'meeting', 'visit', 'talks', 'sanctions', 'resolution', 'test', 'statement', 'letter', 'agreement', 'protest', 'trade'];
const SUBJECTS = ['Foreign ministers', 'Envoys', 'Leaders', 'Negotiators', 'Defence officials', 'Trade delegations', 'Security Council members', 'Diplomats'];
const VERBS = ['meet in', 'hold talks in', 'sign a statement in', 'trade proposals in', 'break off talks in', 'resume contacts in', 'announce a deal in'];
const PLACES = ['Geneva', 'Beijing', 'Seoul', 'Pyongyang', 'Washington', 'Tokyo', 'Hanoi', 'Singapore', 'New York', 'Panmunjom', 'Osaka', 'Vladivostok'];
const TOPICS = ['over sanctions relief', 'on missile tests', 'about a peace declaration', 'on border trade', 'over tariffs', 'about humanitarian aid', 'on denuclearization steps'];
const WORDS = 'the talks were expected to resume after weeks of silence while officials on both sides said progress depended on concrete steps toward easing sanctions and halting tests analysts noted that previous rounds had ended without agreement and that pressure from allies remained strong'.split(' ');

const pad = (n, w = 2) => String(n).padStart(w, '0');

/**
 * A timeline document of `count` events from 1990 to 2029: titles, 30–80 word summaries,
 * dates of mixed precision (day, month, year, time with offset), a fifth of them ranges,
 * six actors.
 */
export function generateTimeline(count, seed = 42) {
  const rand = random(seed + count);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const events = [];
  for (let i = 0; i < count; i++) {
    const year = 1990 + Math.floor(rand() * 40);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const roll = rand();
    let start;
    if (roll < 0.05) start = `${year}`;
    else if (roll < 0.15) start = `${year}-${pad(month)}`;
    else if (roll < 0.3) start = `${year}-${pad(month)}-${pad(day)}T${pad(Math.floor(rand() * 24))}:${pad(Math.floor(rand() * 60))}+09:00`;
    else start = `${year}-${pad(month)}-${pad(day)}`;
    let when = start;
    if (rand() < 0.2 && start.length === 10) {
      const endDay = Math.min(28, day + 1 + Math.floor(rand() * 5));
      when = { start, end: `${year}-${pad(month)}-${pad(endDay)}` };
    }
    const words = 30 + Math.floor(rand() * 51);
    const summary = Array.from({ length: words }, () => pick(WORDS)).join(' ');
    const actorCount = 1 + Math.floor(rand() * 2);
    const actors = [...new Set(Array.from({ length: actorCount }, () => pick(ACTORS).id))];
    events.push({
      id: `event-${i + 1}`,
      title: `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(PLACES)} ${pick(TOPICS)}`,
      when,
      kind: pick(KINDS),
      actors,
      summary: `${summary[0].toUpperCase()}${summary.slice(1)}.`,
      location: { name: pick(PLACES) },
    });
  }
  return {
    schemaVersion: 1,
    title: `Benchmark timeline: ${count} events`,
    asOf: '2019-06-18',
    locale: 'en-US',
    actors: ACTORS,
    events,
  };
}
