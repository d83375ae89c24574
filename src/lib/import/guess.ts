import { ROLE_LABELS, ROLE_VERBS, type Role } from "../../domain/roles.ts";
import type { UnitKind } from "../../domain/units.ts";

/**
 * The importer's guesses about a document's words: who a heading or a sentence names as the
 * bearer, what kind of unit that is, and how the bearer is responsible (from the verb).
 * Every guess says why, so the draft can mark it for review.
 */

/** Words a bearer's name ends with: bodies, offices, posts, villages, enterprises. */
const BEARER_END =
  /(?:党委|党组|党工委|政府|人民政府|委员会|安委会|工会|委|办公室|办事处|办|站|所|局|分局|支局|院|中队|大队|队|中心|村|村屯|居|屯|社区|居委会|村委会|[村居][（(][^）)]{1,4}[）)]委会|(?:工会|党|群团)组织|工作点|行政村|嘎查|部门|部|科|科室|股|单位|对象|企业|公司|学校|中小学|幼儿园|医院|负责人|责任人|领导|干部|书记|长|主任|副主任|执法员|协管员|网格员|安全员|员|成员|班子|小组|联组|组|镇|乡|街道)(?:[（(][^）)]{1,20}[）)])?$/;

/** What follows a bearer's name in a heading that introduces its duties. */
const HEADING_TAILS = [
  /^(.+?)履行(?:下列|以下|如下)?(?:的)?(?:安全生产)?(?:工作|监管|监督)?职责$/,
  /^(.+?)(?:的)?(?:主要)?(?:安全生产|消防安全|安全|消防|应急管理|应急)?(?:综合)?(?:工作|监管|监督管理|监督|管理)?(?:主要)?(?:职责|责任|职能)(?:清单|分工)?(?:主要)?(?:包括|如下|有|是)?$/,
];

/** A heading that names its bearer inside a clause: …由…领导干部分管安全生产工作，其安全生产职责主要包括： */
const HEADING_WITH_ITS = /^([^，]+)，其(?:安全生产)?(?:工作)?职责/;
const PERSON_IN_CLAUSE = /[^，的由]{2,16}?(?:领导干部|负责人|领导|干部|书记|主任)/gu;

/** The bearer a heading introduces (镇派出所履行以下安全职责：→ 镇派出所), if it names one. */
export function bearerOfHeading(heading: string): string | undefined {
  const text = heading.replace(/[：:。；;\s]+$/u, "").trim();
  for (const pattern of HEADING_TAILS) {
    const name = pattern.exec(text)?.[1]?.trim();
    if (name && isBearerName(name)) return name;
  }
  const clause = HEADING_WITH_ITS.exec(text)?.[1];
  if (clause) return [...clause.matchAll(PERSON_IN_CLAUSE)].map((m) => m[0]).at(-1);
  return undefined;
}

/** Verbs and modals that follow the subject of a duty sentence (镇党委 | 要认真贯彻…). */
const AFTER_SUBJECT =
  /^，?(?:也|都|均)?(?:要|有(?![关效序力利、，,。；;])|应当|应该|应(?![急对用])|必须|须|负责(?!人)|负总责|是|为|对|向|与|作为|牵头|高度重视|协助|配合|参与|指导|监督|履行|按照|在|统筹|具体|全面|切实|认真|主要(?!负责人|领导)|定期|及时|每年|每季度|每月|每半年|组织|制定|开展|做好|落实|加强|建立|成立|督促|检查|召开|研究|完成|推进|实施|贯彻|抓好|联合|会同|提出|收到|接到)/u;

/**
 * The bearer a sentence names in the passive: …由镇安全生产委员会办公室(以下简称“镇安委办”)具体组织实施
 * → 镇安全生产委员会办公室.
 */
export function passiveBearerOf(sentence: string): string | undefined {
  // The verb closes the sentence: 由安监站负责起草,经…审核 tells what was done, not who is to do it.
  const match =
    /由([^，,。；;由]{2,30}?)(?:[（(][^）)]*[）)])?(?:(?:具体|统一|牵头)?(?:负责(?!人)|组织实施|实施|承担|组织|办理|牵头)|(?:共同)?(?:主办|承办))[^，,。；;]{0,8}[。；;]?$/u.exec(
      sentence.trim(),
    );
  const name = match?.[1];
  return name && isBearerName(name) ? name : undefined;
}

/**
 * The body a sentence sets up and gives a task at once: 成立…安全生产工作领导小组，负责全镇… →
 * that 领导小组 (its chair, 以镇长为组长的, is not part of its name).
 */
export function establishedBearerOf(sentence: string): string | undefined {
  const match =
    /(?:^|[，,；;]|并)(?:成立|设立|组建)(?:以[^，,。；;]{1,20}?为组长的)?([^，,。；;]{2,40}?(?:领导小组|工作小组|小组|委员会|指挥部|工作专班|专班))[，,](?:由其|其)?(?:具体|统一)?(?:负责|牵头)/u.exec(
      sentence.trim(),
    );
  // A body set up for one year's campaign (20xx年xx县五四乡“安全生产月”宣传活动领导小组) is the
  // same body every year: its name is what follows the year and the places.
  const printed = match?.[1];
  const yearless = printed?.replace(
    /^(?:\d{2,4}|[xX×]{2,4}|20[xX×]{2})年度?(?:[^“”"，,]{1,10}?(?:省|市|县|区|旗|乡|镇|街道))*/u,
    "",
  );
  const name = yearless && yearless.length >= 4 ? yearless : printed;
  // A campaign's body is often named after the campaign in quotes (“安全生产月”活动领导小组).
  return name && isBearerName(name.replace(/[“”"]/gu, "")) ? name : undefined;
}

/**
 * The office a body's working office sits in, given a task at once: 下设办公室设在乡安监所（…），
 * 具体负责… → 乡安监所, the unit that staffs it and does the work.
 */
export function seatedOfficeBearerOf(sentence: string): string | undefined {
  const name =
    /办公室(?:设|就设|设置)在([^，,。；;（(]{2,20}?)(?:[（(][^）)]*[）)])?[，,](?:由其|其)?(?:具体|统一)?(?:负责|牵头|承担)/u.exec(
      sentence,
    )?.[1];
  return name && isBearerName(name) ? name : undefined;
}

/**
 * The body a task opens by calling on: 三是充分发挥各级工会组织在安全生产中的作用 → 各级工会组织;
 * the task is that body's to carry out.
 */
export function calledOnBearerOf(sentence: string): string | undefined {
  const name =
    /^(?:[一二三四五六七八九十]+是)?(?:要)?(?:充分|积极|切实)?发挥([^，,。；;]{2,20}?)(?:在[^，,。；;]{1,24}?中)?的[^，,。；;]{0,6}?作用/u.exec(
      sentence.trim(),
    )?.[1];
  return name && isBearerName(name) ? name : undefined;
}

/** The bearer a sentence starts with (镇党委要认真贯彻… → 镇党委): the shortest name followed by a verb. */
export function subjectOfSentence(sentence: string): string | undefined {
  // An enumeration or a connective before the subject (二是各站所要…, 同时，镇安办要…) is not its name.
  const text = sentence
    .trim()
    .replace(/^(?:[一二三四五六七八九十]+是|首先|其次|再次|最后|同时|另外|此外)[，,、]?/u, "");
  for (let end = 2; end <= Math.min(40, text.length - 1); end += 1) {
    if (!AFTER_SUBJECT.test(text.slice(end))) continue;
    const name = text.slice(0, end);
    // An office acting in a sentence (办公室要牵头做好…) is a bearer, though the word alone
    // heads no list of duties; its name is incomplete, so `doubtfulName` marks it.
    if (isBearerName(name) || name === "办公室") return name;
  }
  return undefined;
}

/** A short name that ends like a body, office, post, village or enterprise, with no sentence punctuation. */
export function isBearerName(name: string): boolean {
  // A closing bracket may say where the office sits (镇安委会办公室（设在镇应急办）): the name is
  // judged without it.
  const core = name.replace(/[（(][^）)]*[）)]$/u, "");
  return (
    name.length >= 2 &&
    name.length <= 40 &&
    core.length >= 2 &&
    !/[，。；：,;:“”"由把将向被了]/.test(core) &&
    !NOT_A_NAME_START.test(name) &&
    !VERB_INSIDE.test(core) &&
    !GENERIC_NAME.test(core) &&
    !VERB_ENDING.test(core) &&
    (!TOPIC_START.test(core) || BODY_WORD.test(core)) &&
    BEARER_END.test(name)
  );
}

/** Endings that look like an office's but are verbs: 交办, 督办, 承办 (an assignment, not a 办). */
const VERB_ENDING = /(?:交|督|承|主|协|代|查|包|催|领|经|转)办$/;

/** A category word alone names no one bearer (部门责任 is a chapter, not a unit called 部门). */
const GENERIC_NAME =
  /^(?:部门|单位|领导|企业|干部|成员|小组|机构|人员|主任|办公室|(?:有关|相关|工作|其他)人员)$/;

/**
 * A name that opens with a topic (安全生产, 消防) names a body only when a body's word is in it
 * (安全生产委员会, 消防办公室协管员, 消防部门): 安全生产工作领导责任 is about leadership, not a post.
 */
const TOPIC_START = /^(?:安全生产|安全|消防|应急|生产(?!经营))/;
const BODY_WORD =
  /委员会|小组|办公室|委|(?<![交督承主协代查包催领经转])办|站|中心|所|队|部门|局|院|指挥部|科|股|组/;

/** Verbs a name never holds: a subject that contains one is a clause (安全生产实行政府及其部门). */
const VERB_INSIDE =
  /实行|坚持|按照|根据|依据|依照|落实|加强|建立|开展|制定|贯彻|建议|确保|实施|组织(?!$)|明确|提高|进一步|下设|设立|设在|应当|应该|必须|立足|发挥|通过|每个|每年|每季|每月|对全|对本|对各|对所/;

/** Words that open an instruction, not a name (协助党委…, 督促各村…). */
const NOT_A_NAME_START =
  /^(?:[、，,：:；;]|必要时|为了|为|依法|谁|并|及|以及|要|我(?![镇乡]|街道)|形成|依据|依照|报请|报送|提请|请|工作|帮助|支持|推动|鼓励|引导|协调|协助|配合|参与|负责|组织|督促|指导|监督|落实|加强|建立|健全|推动|开展|做好|按照|根据|对|在|把|将|向|由|经|实行)/;

/** The kind of unit a name suggests, and the words that suggest it. */
export function guessUnitKind(name: string): { kind: UnitKind; because: string; certain: boolean } {
  const bracket = "(?:[（(][^）)]*[）)])?$";
  const rules: Array<[UnitKind, RegExp]> = [
    [
      "group",
      /^(?:各|其他|其它|全镇|全乡|有关|相关)|[、和及与](?=.*(?:部门|单位|村|所|站|办|镇长|书记|干部))|(?:成员单位|对象)$/,
    ],
    [
      "village",
      new RegExp(
        `(?:村|村屯|居|屯|工作点|行政村|村委会|村委员会|居委会|[村居][（(][^）)]{1,4}[）)]委会|社区|嘎查)${bracket}`,
      ),
    ],
    ["enterprise", new RegExp(`(?:企业|生产经营单位|企业单位|公司)${bracket}`)],
    [
      "post",
      new RegExp(`(?:负责人|责任人|领导|干部|书记|长|主任|执法员|协管员|网格员|安全员|成员|人员)${bracket}`),
    ],
    [
      "body",
      new RegExp(
        `(?:党委|党组|党工委|政府|人民政府|办事处|安委会|委员会|领导小组|小组|^[^、]{1,6}[镇乡]|街道)${bracket}`,
      ),
    ],
    [
      "department",
      new RegExp(
        `(?:所|站|办|办公室|局|分局|院|中队|大队|队|中心|部门|部|科|科室|股|委|联组|工会|妇联|团委|学校|中小学|幼儿园|医院)${bracket}`,
      ),
    ],
  ];
  for (const [kind, pattern] of rules) {
    const match = pattern.exec(name);
    if (match) return { kind, because: match[0] || name, certain: true };
  }
  return { kind: "department", because: name, certain: false };
}

/**
 * A bearer read from a sentence that may be a clause rather than a name: a pronoun (其主要负责人),
 * several names joined (参会单位和人员), a long run of words, or an ending that tells no kind.
 */
export function doubtfulName(name: string): boolean {
  return (
    /^(?:其|该|本|此)/.test(name) ||
    /[和及与]/.test(name) ||
    name.length > 12 ||
    GENERIC_NAME.test(name) ||
    !guessUnitKind(name).certain
  );
}

/** Bodies that oversee rather than manage: 纪委, 监察, 工会, 人大. */
const OVERSEERS = /纪委|纪检|监察|工会|人大/;

/**
 * How a bearer is responsible for a duty, from the verb that opens it (协助公安… → assist);
 * a duty with no role verb is an instruction to the bearer (组织…, 督促…) and so its own: lead.
 * `verbs` lists every role verb the text uses, so a paragraph with several can be flagged.
 */
export function guessRole(
  quote: string,
  bearer: string,
): { role: Role; because: string; verbs: Role[]; uncertain: boolean } {
  // A bearer's label before a colon (公安交警部门:指导…) or its own name as the subject
  // (乡政府配合…) is not the duty's opening, and neither is a circumstance before the first comma
  // (按照乡消防安全委员会的工作部署,负责…).
  const unlabelled = quote.replace(/^[^：:。，；,;]{2,30}[：:]/u, "");
  const text = bearer && unlabelled.startsWith(bearer) ? unlabelled.slice(bearer.length) : unlabelled;
  const found = ROLE_VERBS.flatMap(([role, pattern]) => {
    const at = text.search(pattern);
    return at >= 0 ? [{ role, at, word: pattern.exec(text)![0] }] : [];
  }).sort((a, b) => a.at - b.at);
  const verbs = [...new Set(found.map((f) => f.role))];
  const circumstance = /^(?:按照|根据|依照|依据|在)[^，,。；;]{1,30}[，,]/u.exec(text)?.[0].length ?? 0;
  const opening = found.find(
    (f) => f.at <= 2 || (circumstance > 0 && f.at >= circumstance && f.at <= circumstance + 2),
  );
  // Assisting, cooperating or taking part somewhere inside a duty that opens otherwise: the
  // bearer may lead only part of it, so the role is a guess worth a look.
  const secondary = found.some((f) => f !== opening && /assist|cooperate|participate/.test(f.role));
  if (opening?.role === "oversee" && !OVERSEERS.test(bearer))
    return {
      role: "lead",
      because: `${opening.word}（非纪委、工会）→ ${ROLE_LABELS.lead}`,
      verbs,
      uncertain: false,
    };
  // A weaker verb that opens a duty which also says 负责 or 牵头 (配合…，并负责…) leaves it open
  // which role the document means: the one guess worth a look. A later 配合 in a duty that opens
  // otherwise is almost always part of the bearer's own work (on the five sources and the
  // corpus, 14 of 15 such duties were 主责), so it is not marked.
  if (opening)
    return {
      role: opening.role,
      because: `${opening.word} → ${ROLE_LABELS[opening.role]}`,
      verbs,
      uncertain: opening.role !== "lead" && found.some((f) => f.role === "lead" && f.at > opening.at),
    };
  if (OVERSEERS.test(bearer) && found.some((f) => f.role === "oversee"))
    return { role: "oversee", because: `${bearer} + 监督 → ${ROLE_LABELS.oversee}`, verbs, uncertain: false };
  return {
    role: "lead",
    because: secondary
      ? `开头不是协助、配合等词，后文有“${found.find((f) => /assist|cooperate|participate/.test(f.role))!.word}”，按本单位职责 → ${ROLE_LABELS.lead}`
      : `没有协助、配合等词，按本单位职责 → ${ROLE_LABELS.lead}`,
    verbs,
    uncertain: false,
  };
}
