/**
 * Contacts (通讯录): the office's own data beside the documents' — who answers for a unit
 * and on which phone. Everything that shows one says it is 本单位维护, and a contact not
 * checked for longer than the site allows says 待核实.
 */
import type { Contact } from "../../schemas/contact.ts";

/** The mark every page puts beside a contact: the office keeps it, the documents do not say it. */
export const CONTACT_OWNER_MARK = "本单位维护";

/** What the mark means, for the line under a contact or a read-out summary. */
export const CONTACT_OWNER_NOTE = "电话和负责人是本单位维护的通讯录，不是来源文件的内容。";

/** The mark of a contact not checked for longer than the site allows. */
export const STALE_MARK = "待核实";

/** Whole days from one YYYY-MM-DD date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Whether a contact last checked on `checked` is older than `maxAgeDays` on `today`. */
export function isStale(contact: Pick<Contact, "checked">, today: string, maxAgeDays: number): boolean {
  return daysBetween(contact.checked, today) > maxAgeDays;
}

/** The number to read out over the phone: the duty phone, else the office phone, with its label. */
export function phoneToCall(contact: Contact | undefined): string {
  if (contact?.dutyPhone) return `值班电话 ${contact.dutyPhone}`;
  if (contact?.officePhone) return `办公电话 ${contact.officePhone}`;
  return "";
}

/** One line of a contact as a page lists it. */
export interface ContactLine {
  label: string;
  value: string;
}

/** A contact's lines in the order a clerk reads them: person, office phone, duty phone. */
export function contactLines(contact: Contact): ContactLine[] {
  return [
    ...(contact.person ? [{ label: "负责人", value: contact.person }] : []),
    ...(contact.officePhone ? [{ label: "办公电话", value: contact.officePhone }] : []),
    ...(contact.dutyPhone ? [{ label: "值班电话", value: contact.dutyPhone }] : []),
  ];
}

/** A contact in one line for a printed sheet: 负责人 王某（所长） · 值班电话 0632-… （本单位维护，核实于 2026-11-01）. */
export function contactSentence(contact: Contact, stale: boolean): string {
  const lines = contactLines(contact).map((line) => `${line.label} ${line.value}`);
  return `${lines.join(" · ")}（${CONTACT_OWNER_MARK}，核实于 ${contact.checked}${stale ? `，${STALE_MARK}` : ""}）`;
}

/** Where a clerk adds a unit's contact: the file to write, relative to the content folder. */
export function contactFileOf(unitKey: string): string {
  return `contacts/${unitKey}.yaml`;
}

/** Today as YYYY-MM-DD (UTC), the day a build marks contacts 待核实 against. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
