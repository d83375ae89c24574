import { z } from "astro/zod";
import { phoneProblem } from "../domain/phones.ts";
import { calendarDateSchema, idSchema } from "./common.ts";
import { bilingual, withFix } from "./messages.ts";

/**
 * A phone number an office can dial, kept as written; a malformed one says how to write it.
 * YAML reads an unquoted 110 as a number: taken as the digits it shows.
 */
function phoneSchema() {
  return z.preprocess(
    (value) => (typeof value === "number" ? String(value) : value),
    z.string().superRefine((text, context) => {
      const found = phoneProblem(text);
      if (found)
        context.addIssue({
          code: "custom",
          message: withFix(bilingual(found.zh, found.en), bilingual(found.fixZh, found.fixEn)),
        });
    }),
  );
}

/**
 * One unit's contact (通讯录): the office's own data, not the documents'. One YAML file per
 * unit under content/contacts/<town>/; the site marks it 本单位维护 wherever it shows it.
 */
export const contactSchema = z
  .strictObject({
    /** The unit's id (its file name under units/<town>/). */
    unit: idSchema(),
    /** The person in charge and their post, as the office writes it, e.g. 王某（所长）. */
    person: z.string().min(1).optional(),
    /** The office phone. */
    officePhone: phoneSchema().optional(),
    /** The phone answered around the clock (值班电话). */
    dutyPhone: phoneSchema().optional(),
    /** When the office last checked this contact, YYYY-MM-DD; older than the site's limit → 待核实. */
    checked: calendarDateSchema("核实日期 checked", "checked"),
  })
  .refine((contact) => contact.person || contact.officePhone || contact.dutyPhone, {
    error: withFix(
      bilingual("通讯录里没有负责人，也没有电话", "the contact has no person and no phone"),
      bilingual(
        "至少填写 person、officePhone、dutyPhone 之一，不然就删掉这个文件",
        "fill in person, officePhone or dutyPhone, or delete the file",
      ),
    ),
  });

export type Contact = z.output<typeof contactSchema>;
