/**
 * The forms a Chinese phone number takes in an office's contact list: a mobile (11 digits
 * from 13–19), a landline with its area code (0632-1234567, （0632）1234567, with 转 and an
 * extension), a service number (400/800) and the short numbers of public services (110,
 * 119, 120, 122, 12345, 12350, 95598 …). Spaces and hyphens between groups are allowed;
 * the number is kept as the office wrote it.
 */

/** Why a number is not a number one can dial, and how to write it; undefined when it is. */
export interface PhoneProblem {
  zh: string;
  en: string;
  fixZh: string;
  fixEn: string;
}

const EXAMPLES_ZH = "例如 13812345678、0632-1234567、0632-1234567转801 或 110";
const EXAMPLES_EN = "e.g. 13812345678, 0632-1234567, 0632-1234567 ext. 801 or 110";

/** A landline's area code in brackets, written the Chinese or the ASCII way. */
const BRACKETED_AREA = /^[（(]\s*(0\d{2,3})\s*[）)]\s*/;
/** An extension after the number: 转801, -801 after a full landline, ext. 801. */
const EXTENSION = /(?:\s*(?:转|分机|ext\.?)\s*|(?<=^0\d{2,3}[- ]?\d{7,8})-)(\d{1,6})$/i;

/** The digits of a number once brackets, extension, spaces and hyphens are set aside. */
function digitsOf(text: string): { digits: string; extension: boolean } | undefined {
  let rest = text.trim().replace(BRACKETED_AREA, "$1-");
  const extension = EXTENSION.exec(rest);
  if (extension) rest = rest.slice(0, extension.index);
  if (!/^[\d\s-]+$/.test(rest)) return undefined;
  return { digits: rest.replace(/[\s-]/g, ""), extension: extension !== null };
}

/** Short numbers of public services: 1xx, 12xxx, 95xxx and 96xxx. */
function isShortNumber(digits: string): boolean {
  return /^1\d{2}$/.test(digits) || /^(?:12|9[56])\d{3}$/.test(digits);
}

function problem(zh: string, en: string, fixZh = EXAMPLES_ZH, fixEn = EXAMPLES_EN): PhoneProblem {
  return { zh, en, fixZh, fixEn };
}

/** Why `text` is not a phone number as an office writes one, or undefined when it is. */
export function phoneProblem(text: string): PhoneProblem | undefined {
  const read = digitsOf(text);
  if (!read)
    return problem(
      `“${text}”不是电话号码：只能写数字、空格、连字符，区号可加括号，分机写“转”`,
      `"${text}" is not a phone number: digits, spaces and hyphens only`,
    );
  const { digits, extension } = read;
  if (/^1[3-9]\d{9}$/.test(digits) && !extension) return undefined;
  if (/^0[1-9]\d{8,10}$/.test(digits)) return undefined;
  if (/^[48]00\d{7}$/.test(digits) && !extension) return undefined;
  if (isShortNumber(digits) && !extension) return undefined;
  if (extension && !/^0/.test(digits))
    return problem(
      `“${text}”带了分机号，但只有固定电话有分机`,
      `"${text}" has an extension, which only a landline has`,
      "手机号写 11 位、不加分机，例如 13812345678；固定电话写成 0632-1234567转801",
      "write a mobile as 11 digits without extension; a landline as 0632-1234567 ext. 801",
    );
  if (/^1[3-9]\d{7,11}$/.test(digits))
    return problem(
      `手机号“${text}”是 ${digits.length} 位，应为 11 位`,
      `the mobile number "${text}" has ${digits.length} digits, not 11`,
      "核对号码，写全 11 位，例如 13812345678",
      "check the number: 11 digits, e.g. 13812345678",
    );
  if (/^[2-9]\d{6,7}$/.test(digits))
    return problem(
      `固定电话“${text}”缺少区号`,
      `the landline "${text}" has no area code`,
      "在前面加上区号，例如 0632-1234567",
      "add the area code in front, e.g. 0632-1234567",
    );
  return problem(
    `“${text}”位数不对，不是可以拨打的号码`,
    `"${text}" does not have the digits of a number one can dial`,
    `${EXAMPLES_ZH}；以 0 开头的号码不加连字符时要加引号（"06321234567"），否则开头的 0 会丢`,
    `${EXAMPLES_EN}; quote a number that starts with 0 and has no hyphen, or YAML drops the 0`,
  );
}
