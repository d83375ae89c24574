import { localUnits, type CheckContext } from "./context.ts";
import { unknownReference } from "./suggest.ts";

/**
 * The deployment's file (content/site.yaml): every town it serves and its home town name a
 * jurisdiction of the content folder, and the home town is one it serves.
 */
export function checkSite({ input, problems, jurisdictionIds }: CheckContext): void {
  const site = input.site;
  if (!site) return;
  const { towns, home } = site.data;
  towns?.forEach((town, index) => {
    if (!jurisdictionIds.has(town))
      problems.push(
        unknownReference(site.file, "site", `towns[${index}]`, "jurisdictions", town, jurisdictionIds),
      );
  });
  if (home === undefined) return;
  if (!jurisdictionIds.has(home))
    problems.push(unknownReference(site.file, "site", "home", "jurisdictions", home, jurisdictionIds));
  else if (towns && !towns.includes(home))
    problems.push({
      file: site.file,
      entry: "site",
      field: "home",
      message: `home 写的镇 ${home} 不在 towns 列出的辖区里 / the home town ${home} is not among the towns the site serves`,
      fix: `把 ${home} 加进 towns，或把 home 改成 towns 里的一个 / add ${home} to towns, or make home one of them`,
    });
}

/**
 * Contacts (content/contacts/<town>/…): the folder names a town, the contact a unit of that
 * town, and no unit has two contacts (which one would the lookup read out?).
 */
export function checkContacts(context: CheckContext): void {
  const { input, problems, jurisdictionIds } = context;
  const seen = new Map<string, string>();
  for (const contact of input.contacts) {
    const [town = ""] = contact.id.split("/");
    if (!jurisdictionIds.has(town)) {
      problems.push({
        ...unknownReference(contact.file, contact.id, "", "jurisdictions", town, jurisdictionIds),
        field: "(文件夹 / folder)",
      });
      continue;
    }
    const units = localUnits(context, town);
    if (!units.has(contact.data.unit)) {
      problems.push(unknownReference(contact.file, contact.id, "unit", "units", contact.data.unit, units));
      continue;
    }
    const key = `${town}/${contact.data.unit}`;
    const other = seen.get(key);
    if (other)
      problems.push({
        file: contact.file,
        entry: contact.id,
        field: "unit",
        message: `${contact.data.unit} 已经有一份通讯录（${other}） / ${contact.data.unit} already has a contact (${other})`,
        fix: "把两份合成一份，删除另一个文件 / merge the two into one and delete the other file",
      });
    else seen.set(key, contact.file);
  }
}
