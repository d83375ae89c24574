import { OWN_WORDS } from "../../schemas/messages.ts";
import { CADENCE_LABELS, CADENCE_PERIODS } from "../../domain/cadence.ts";
import { REVIEW_FIELD_LABELS, REVIEW_FIELDS } from "../../domain/review.ts";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, roleVerbHint, ROLES } from "../../domain/roles.ts";
import { RULE_KIND_LABELS, RULE_KINDS } from "../../domain/rules.ts";
import { UNIT_KIND_LABELS, UNIT_KINDS } from "../../domain/units.ts";

/** A form field's Chinese label and, where a clerk needs it, a one-line hint under it. */
export interface FieldLabel {
  label: string;
  hint?: string;
}

/**
 * The form's Chinese name for each schema field. A key is a field name (`clause`), or a
 * collection and a path (`rosters.members.role`) where one name means different things.
 * The generator refuses a field with no label, so a new schema field cannot reach the form
 * unnamed (test/lib/editor.test.ts).
 */
export const FIELD_LABELS: Record<string, FieldLabel> = {
  name: { label: "名称", hint: "照原文写，例如 张山子派出所" },
  "sectors.name": { label: "名称", hint: "本站各镇共用的领域名称，例如 燃气" },
  "terms.name": { label: "术语", hint: "照来源文件的写法，例如 九小场所" },
  "jurisdictions.name": { label: "名称", hint: "照文件写，例如 张山子镇" },
  "vocabularies.groups.everyday": { label: "群众说法", hint: "每项两个字以上" },
  shortName: { label: "简称", hint: "矩阵表头用；不填则用名称" },
  aliases: { label: "日常说法", hint: "群众打电话时的叫法，每项两个字以上；查询按这些词找到它" },
  kind: { label: "类别" },
  jurisdiction: { label: "辖区" },
  source: { label: "来源文件" },
  heading: { label: "标题条款", hint: "介绍这个单位的条款编号（原文的小标题），例如 四(二)12" },
  type: {
    label: "单位类型",
    hint: "跨镇对照用的英文编号，例如 police-station；同类单位填同一个",
  },
  order: { label: "排序", hint: "数字小的在前；不填按默认" },
  appliesTo: { label: "适用于", hint: "统称（如“各部门”）的职责还约束哪些单位" },
  "units.appliesTo.kinds": { label: "这些类别的全部单位" },
  "units.appliesTo.units": { label: "这些单位" },
  successor: { label: "机构改革后的承接单位", hint: "原文仍写旧名；这里写现在的单位" },
  "units.successor.name": { label: "现名称", hint: "例如 市场监管所" },
  "units.successor.unit": { label: "对应的单位" },
  holder: { label: "现任（按来源文件）" },
  "units.holder.name": { label: "姓名", hint: "照原文写" },
  asOf: { label: "截至", hint: "来源文件的日期或年份" },
  note: { label: "备注", hint: "我们自己的说明（例如原文的笔误）；不是原文的一部分" },
  review: {
    label: "待审核",
    hint: "导入时推断、需要人工核对的地方；核对无误后点“已核对”清除",
  },
  field: { label: "推断的内容" },
  reason: { label: "推断理由" },
  duties: { label: "职责", hint: "按原文顺序，一条一项" },
  clause: { label: "条款编号", hint: "读者引用的编号，例如 四(二)6(3)；必须是来源文件里有的条款" },
  text: {
    label: "职责原文",
    hint: "逐字照抄原文（不含序号），不改写、不补字；说明写在“备注”里",
  },
  role: {
    label: "责任类型",
    hint: `看动词：${roleVerbHint()}`,
  },
  sectors: { label: "行业领域", hint: "可选多个；没有具体领域选“综合”" },
  "units.duties.source": { label: "来源文件（与单位不同时）" },
  cadence: { label: "周期", hint: "原文写明的频次，例如 每季度至少1次" },
  every: { label: "周期" },
  times: { label: "次数" },
  atLeast: { label: "至少", hint: "原文写“至少”时打开" },
  phrase: { label: "原文用语", hint: "从原文逐字摘出说明时间要求的几个字" },
  dates: { label: "日期", hint: "原文写明的日期或时段，例如 6月1日前" },
  month: { label: "月" },
  day: { label: "日" },
  endMonth: { label: "截止月" },
  endDay: { label: "截止日" },
  before: { label: "在此日期前", hint: "原文写“……前”时打开" },
  group: { label: "分组" },
  description: { label: "说明", hint: `${OWN_WORDS}，不照抄文件` },
  oneCharacterAliases: {
    label: "单字说法",
    hint: "本身就是一个词的单字（电、船、矿），每项一个字",
  },
  definition: { label: "释义", hint: `${OWN_WORDS}，不照抄文件` },
  includes: { label: "包括", hint: "逐项列出（如九小场所的各类场所）；查到其中一项也会找到这个术语" },
  "terms.sector": { label: "对应的行业领域" },
  principle: { label: "相关原则" },
  groups: { label: "日常说法" },
  document: { label: "文件用词", hint: "文件里的写法；至少要在一条职责原文里出现" },
  "jurisdictions.kind": { label: "行政级别" },
  region: { label: "所属地区", hint: "文件写明的上级地区；不知道就不填" },
  summary: { label: "简介", hint: `${OWN_WORDS}一两句` },
  "site.title": { label: "网站名称", hint: "每页的标题、页眉和页脚都用它，例如 某某县安全生产职责查询" },
  "site.region": { label: "地区", hint: "本站服务的地区，例如 某某省某某市某某区" },
  "site.towns": { label: "发布的乡镇", hint: "只发布这里列出的乡镇；不填则发布全部真实乡镇" },
  "site.home": { label: "本站所在的镇", hint: "打开后，查询和首页先看这个镇" },
  "site.showSamples": { label: "发布范本和汇编", hint: "示例内容才打开；本地部署请关掉" },
  "site.siteUrl": { label: "发布地址", hint: "例如 http://10.1.2.3；构建时的 SITE_URL 优先" },
  "site.basePath": { label: "子路径", hint: "例如 /anquan/；构建时的 BASE_PATH 优先" },
  "site.contactMaxAgeDays": { label: "通讯录有效天数", hint: "超过这么多天没有核实的电话标“待核实”" },
  "contacts.unit": { label: "单位", hint: "这份通讯录属于哪个单位" },
  person: { label: "负责人", hint: "姓名和职务，例如 王某（所长）" },
  officePhone: { label: "办公电话", hint: "固定电话写区号，例如 0632-1234567" },
  dutyPhone: { label: "值班电话", hint: "24 小时有人接的电话，例如 0632-1234567 或 110" },
  checked: { label: "核实日期", hint: "最近一次打通核实的日期，例如 2026-11-01" },
  unassigned: { label: "文件未点名事项的兜底", hint: "只填文件自己写到的兜底规定" },
  supervisor: { label: "综合监管" },
  territory: { label: "属地" },
  catchAll: { label: "其他有关部门" },
  "jurisdictions.unassigned.supervisor.unit": {
    label: "单位编号",
    hint: "该镇单位的文件名，例如 emergency-office",
  },
  "jurisdictions.unassigned.territory.unit": { label: "单位编号", hint: "该镇单位的文件名，例如 villages" },
  "jurisdictions.unassigned.catchAll.unit": { label: "单位编号", hint: "该镇单位的文件名" },
  "jurisdictions.unassigned.rules": { label: "规则编号", hint: "该镇规则文件里的规则 id" },
  "jurisdictions.unassigned.principles": { label: "原则" },
  rules: { label: "规则", hint: "按原文顺序" },
  id: { label: "编号", hint: "本文件内唯一，小写英文和连字符，例如 shared-duties" },
  "ruleSets.rules.kind": { label: "规则类别" },
  title: { label: "标题" },
  "sources.title": { label: "标题", hint: "照文件印的写，不带书名号；导入时从文件开头读出，可能读错" },
  "sources.docNumber": { label: "文号", hint: "照文件印的写，例如 张发〔2020〕47号；没有就不填" },
  "sources.issuer": { label: "发文机关", hint: "照落款写，例如 张山子镇人民政府" },
  "sources.date": { label: "日期", hint: "文件印的成文日期，写成 2020-11-30" },
  "sources.year": { label: "年份", hint: "文件的年份，例如 2020" },
  "ruleSets.rules.text": { label: "规则原文", hint: "逐字照抄原文" },
  grades: { label: "评分档次" },
  min: { label: "最低分" },
  minInclusive: { label: "含最低分" },
  max: { label: "最高分" },
  maxInclusive: { label: "含最高分" },
  deadlines: { label: "报送时限" },
  nextYear: { label: "次年" },
  what: { label: "报送什么", hint: OWN_WORDS },
  schedule: { label: "考核安排" },
  members: { label: "成员", hint: "按原文顺序" },
  "rosters.members.role": { label: "小组职务", hint: "照原文写：组长、副组长、成员" },
  "rosters.members.name": { label: "姓名" },
  post: { label: "职务", hint: "照原文写，例如 党委副书记、镇长" },
  "rosters.members.unit": { label: "对应的单位编号" },
  office: { label: "办公室" },
  keptBy: { label: "由谁建立", hint: "单位编号" },
  guidedBy: { label: "由谁指导", hint: "单位编号" },
  ledgers: { label: "台账" },
  number: { label: "序号" },
};

/** Chinese names of the values of each fixed list, for the form's drop-downs. */
export const VALUE_LABELS: ReadonlyArray<readonly [readonly string[], Record<string, string>]> = [
  [
    ROLES,
    Object.fromEntries(ROLES.map((role) => [role, `${ROLE_LABELS[role]}（${ROLE_DESCRIPTIONS[role]}）`])),
  ],
  [UNIT_KINDS, UNIT_KIND_LABELS],
  [CADENCE_PERIODS, CADENCE_LABELS],
  [CADENCE_PERIODS.slice(0, 4), CADENCE_LABELS],
  [RULE_KINDS, RULE_KIND_LABELS],
  [REVIEW_FIELDS, REVIEW_FIELD_LABELS],
];

/** The label of a field at `path` (field names joined by dots) in a collection. */
export function fieldLabel(collection: string, path: readonly string[]): FieldLabel | undefined {
  return FIELD_LABELS[[collection, ...path].join(".")] ?? FIELD_LABELS[path.at(-1)!];
}

/** The Chinese names of a fixed list's values; values already in Chinese name themselves. */
export function valueLabels(values: readonly string[]): Record<string, string> | undefined {
  const same = (a: readonly string[]) => a.length === values.length && a.every((v, i) => v === values[i]);
  const found = VALUE_LABELS.find(([list]) => same(list));
  if (found) return found[1];
  if (values.every((value) => /\p{Script=Han}/u.test(value)))
    return Object.fromEntries(values.map((value) => [value, value]));
  return undefined;
}
