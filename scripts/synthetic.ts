/**
 * Synthetic towns for the benchmark: the real content plus N towns shaped like 张山子镇
 * (004: its units, duties, rules and source text, the same sector mix), each under its own
 * deterministic name, written to a folder outside content/. Every town is renamed
 * consistently in its source text and its duties, so the content check passes and quotes
 * stay verbatim.
 *
 *   node scripts/synthetic.ts <towns> <out folder> [seed]
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..");

/** The real town every synthetic one copies, and the words renamed in it. */
const TEMPLATE = {
  town: "zhangshanzi",
  source: "zhangshanzi-2020-47",
  stem: "张山子",
  docNumber: "张发〔2020〕47号",
};

/** Syllables for place names; two make a stem such as 青河. */
const SYLLABLES = [..."青石河柳桥东西南北龙凤安平新兴和泉山林杨梅桃李金银马牛白沙红花黄土王官"];

/** A small deterministic generator (mulberry32), so a seed always gives the same towns. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** N distinct two-character place stems, never the template's own. */
export function townStems(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const stems = new Set<string>();
  const pick = () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]!;
  while (stems.size < count) {
    const stem = pick() + pick();
    if (stem[0] !== stem[1] && stem !== TEMPLATE.stem) stems.add(stem);
    if (stems.size < count && stems.size >= SYLLABLES.length ** 2 - SYLLABLES.length)
      throw new Error(`at most ${SYLLABLES.length ** 2 - SYLLABLES.length} distinct stems`);
  }
  return [...stems];
}

/** The template's files with every mention of the town, its source and its 文号 renamed. */
function renamed(text: string, index: number, stem: string): string {
  const id = `synthetic-${index}`;
  return text
    .replaceAll(TEMPLATE.docNumber, `${stem[0]}发〔2020〕${index}号`)
    .replaceAll(TEMPLATE.stem, stem)
    .replaceAll(TEMPLATE.source, `${id}-2020`)
    .replace(/^jurisdiction: zhangshanzi$/m, `jurisdiction: ${id}`)
    .replace(/^jurisdictions: \[zhangshanzi\]$/m, `jurisdictions: [${id}]`)
    .replace(/^file: 004_[\w.]+$/m, `file: ${id}.txt`);
}

export interface SyntheticResult {
  /** The folder holding content/. */
  root: string;
  towns: Array<{ id: string; name: string }>;
}

/** Writes `<out>/content/`: the real content plus `count` synthetic towns. */
export function writeSyntheticContent(count: number, out: string, seed = 1): SyntheticResult {
  const content = join(out, "content");
  rmSync(content, { recursive: true, force: true });
  cpSync(join(ROOT, "content"), content, { recursive: true });
  // The sample site.yaml lists the real towns by name: without the list, every real town is
  // served, the synthetic ones with them.
  const site = join(content, "site.yaml");
  writeFileSync(site, readFileSync(site, "utf8").replace(/^towns: .*\n/m, ""));
  const read = (path: string) => readFileSync(join(ROOT, "content", path), "utf8");
  const sourceYaml = read(`sources/${TEMPLATE.source}.yaml`);
  const textFile = /^file: (\S+)$/m.exec(sourceYaml)![1]!;
  const text = read(`sources/texts/${textFile}`);
  const jurisdiction = read(`jurisdictions/${TEMPLATE.town}.yaml`);
  const rules = read(`rules/${TEMPLATE.source}.yaml`);
  const units = readdirSync(join(ROOT, "content", "units", TEMPLATE.town)).map((name) => ({
    name,
    text: read(`units/${TEMPLATE.town}/${name}`),
  }));

  const towns = townStems(count, seed).map((stem, i) => {
    const index = i + 1;
    const id = `synthetic-${index}`;
    const write = (path: string, body: string) => {
      mkdirSync(join(content, path, ".."), { recursive: true });
      writeFileSync(join(content, path), body);
    };
    write(
      `jurisdictions/${id}.yaml`,
      renamed(jurisdiction, index, stem)
        .replace(/^order: \d+$/m, `order: ${1000 + index}`)
        // The principles of `unassigned` cite the template's source.
        .replace(/^ {2}principles: .*\n/m, ""),
    );
    // Section 一 states the principles, which cite the template's source only.
    write(
      `sources/${id}-2020.yaml`,
      renamed(sourceYaml, index, stem).replace(/^encodedSections: \[一, /m, "encodedSections: ["),
    );
    write(`sources/texts/${id}.txt`, renamed(text, index, stem));
    write(`rules/${id}-2020.yaml`, renamed(rules, index, stem));
    for (const unit of units) write(`units/${id}/${unit.name}`, renamed(unit.text, index, stem));
    return { id, name: `${stem}镇` };
  });
  return { root: out, towns };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count, out, seed] = process.argv.slice(2);
  if (!count || !out) {
    console.error("用法 / usage: node scripts/synthetic.ts <towns> <out folder> [seed]");
    process.exit(1);
  }
  const result = writeSyntheticContent(Number(count), out, seed ? Number(seed) : 1);
  console.log(`✓ ${result.towns.length} synthetic towns in ${join(out, "content")}`);
}
