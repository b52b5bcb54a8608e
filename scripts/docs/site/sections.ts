// Splits a seed document into sections (見出し: "３ 事業の流れ", "（１）…", "議事２") and resolves a citation's
// free-text section ("３（１）サービス提供事業所（提出期限）") to exactly one of them: the normalised section id.
// The texts are PDF extractions, so a few headings sit out of place; LAYOUT says where they belong (a reading,
// shown on the source page).

/** A section of a source document. */
export interface Section {
  /** Normalised section id as the site writes it everywhere: `３`, `３（１）`, `議事２`, `前文`. */
  readonly id: string;
  /** The heading's words (without the number). */
  readonly title: string;
  /** HTML anchor (`s-3-1`). */
  readonly anchor: string;
  /** The section's own text lines (up to the next heading). */
  readonly lines: string[];
  /** Why the heading was placed where the extraction does not put it (per-document layout). */
  readonly placement?: string;
  /** Id of the enclosing section, for `（n）` sections. */
  readonly parent?: string;
}

/** Headings placed by reading rather than by position: document id → heading start → parent id and why. */
export const LAYOUT: Record<string, { heading: string; parent: string; why: string }[]> = {
  'kumamoto-kanyo-2024': [
    {
      heading: '（１）介護予防サービス計画の検証の頻度',
      parent: '３',
      why: 'スライドの抽出で「議事２」の後・「３」の前に現れるが、（２）（３）と同じく「３ 熊本市における一定の関与のあり方について」の項と読む。',
    },
    {
      heading: '（３）その他',
      parent: '３',
      why: 'スライドの抽出で「４ 今後のスケジュール」の後に現れるが、（１）（２）に続く「３」の項と読む。',
    },
  ],
};

const DIGITS = '０１２３４５６７８９';

/** Spaces removed, NFKC folded: how section ids and titles are compared. */
export function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

function ascii(n: string): string {
  return n.normalize('NFKC');
}

function fullWidth(n: string): string {
  return ascii(n).replace(/[0-9]/g, (d) => DIGITS[Number(d)] ?? d);
}

function titleOf(rest: string): string {
  // "期  間", "経 緯": a two-character heading spaced out by the layout; the words after a space are the body.
  const joined = rest.trim().replace(/^(\S)[ \u3000]+(\S)(?=[ \u3000]|$)/, '$1$2');
  const cut = joined.split(/[：:。]|[ \u3000]/)[0]?.trim() ?? '';
  return cut.length > 24 ? `${cut.slice(0, 24)}…` : cut;
}

const MAJOR = /^\s*([０-９]{1,2})(?:[ \u3000]+|．)(\S.*)$/;
// A document whose headings are "１．目的" numbers its lists "１\u3000…": there, only "N．" starts a section.
const DOTTED = /^\s*[０-９]{1,2}．\S/m;
const AGENDA = /^\s*議事([０-９]{1,2})\s*$/;
const MINOR = /^\s*[（(]([０-９0-9]{1,2})[）)]\s*(\S.*)?$/;

/** The sections of a document, in document order. The text before the first heading is `前文`. */
export function parseSections(documentId: string, text: string): Section[] {
  const layout = LAYOUT[documentId] ?? [];
  const sections: Section[] = [];
  let current: Section = { id: '前文', title: '', anchor: 's-0', lines: [] };
  sections.push(current);
  let major: string | undefined;
  const seen = new Set<string>(['前文']);
  const dotted = DOTTED.test(text);
  const push = (s: Section): void => {
    sections.push(s);
    current = s;
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\s+$/, '');
    const m = dotted && !/^\s*[０-９]{1,2}．/.test(line) ? null : MAJOR.exec(line);
    const a = AGENDA.exec(line);
    const n = MINOR.exec(line);
    if (m?.[1] && m[2]) {
      major = fullWidth(m[1]);
      // A number used twice (明石市 has two "５") keeps its id; the anchor and the title tell them apart.
      const dup = seen.has(major);
      const anchor = `s-${ascii(m[1])}${dup ? 'b' : ''}`;
      seen.add(major);
      push({ id: major, title: titleOf(m[2]), anchor, lines: [] });
      continue;
    }
    if (a?.[1]) {
      major = `議事${fullWidth(a[1])}`;
      seen.add(major);
      push({ id: major, title: '', anchor: `s-g${ascii(a[1])}`, lines: [] });
      continue;
    }
    if (n?.[1]) {
      const placed = layout.find((l) => normalise(line).startsWith(normalise(l.heading)));
      const parent = placed?.parent ?? major;
      if (parent !== undefined) {
        const id = `${parent}（${fullWidth(n[1])}）`;
        // A heading repeated by the extraction (a table header) continues the section it repeats.
        if (!seen.has(id)) {
          seen.add(id);
          push({
            id,
            title: titleOf(n[2] ?? ''),
            anchor: `s-${ascii(parent).replace(/^議事/, 'g')}-${ascii(n[1])}`,
            lines: [line.trim()],
            parent,
            ...(placed ? { placement: placed.why } : {}),
          });
          continue;
        }
      }
    }
    current.lines.push(line);
  }
  return sections;
}

/** A citation resolved to its section: the normalised id and the words the citation adds (its detail). */
export interface ResolvedSection {
  readonly section: Section;
  /** The citation's words after the section id and title (`第2段落`, `①`, `（提出期限）`), normalised. */
  readonly detail: string;
}

/**
 * Resolves a citation's section text to one section: the longest section id that starts the text; when the id is
 * used twice, the one whose title follows; then a `（n）` of that section named later in the text
 * (`５ 実施手順と役割 実施 （２）専門職派遣の活用`). `undefined` when no section matches or two match.
 */
export function resolveSection(
  sections: readonly Section[],
  citationSection: string,
): ResolvedSection | undefined {
  const text = normalise(citationSection);
  const byId = sections.filter((s) => s.id !== '前文' && text.startsWith(normalise(s.id)));
  if (byId.length === 0) return undefined;
  const longest = Math.max(...byId.map((s) => normalise(s.id).length));
  let candidates = byId.filter((s) => normalise(s.id).length === longest);
  const rest = (s: Section): string => text.slice(normalise(s.id).length);
  if (candidates.length > 1) {
    candidates = candidates.filter((s) => s.title && rest(s).startsWith(normalise(s.title)));
    if (candidates.length !== 1) return undefined;
  }
  const found = candidates[0] as Section;
  let detail = rest(found);
  if (found.title && detail.startsWith(normalise(found.title)))
    detail = detail.slice(normalise(found.title).length);
  const child = /[（(]([0-9]{1,2})[）)]/.exec(detail);
  if (child?.[1]) {
    const id = normalise(`${found.id}（${child[1]}）`);
    const sub = sections.find((s) => normalise(s.id) === id);
    if (sub) {
      let d = detail.slice(child.index + child[0].length);
      if (sub.title && d.startsWith(normalise(sub.title))) d = d.slice(normalise(sub.title).length);
      return { section: sub, detail: `${detail.slice(0, child.index)}${d}` };
    }
  }
  return { section: found, detail };
}

/** The way the site writes a section: `３（１） サービス提供事業所`. */
export function sectionLabel(s: Section): string {
  return s.title ? `${s.id} ${s.title}` : s.id;
}
