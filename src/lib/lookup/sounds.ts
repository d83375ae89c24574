/**
 * Typos by sound: a clerk who types 液花气, 消放 or 沼汽池 means the word that reads the same
 * (液化气, 消防, 沼气池). The build writes each character's reading without tone
 * (/lookup-sounds.json, from pinyin-pro); the page fetches it only when a word of a question is
 * not understood, and looks for a vocabulary word with the same readings.
 */

/** A character's reading without tone, as the build wrote it: 液 → ye. */
export type CharSounds = Readonly<Record<string, string>>;

/** A word's readings joined (液化气 → ye hua qi); undefined when a character has none. */
export function soundOf(word: string, sounds: CharSounds): string | undefined {
  const readings: string[] = [];
  for (const char of word) {
    const reading = sounds[char];
    if (!reading) return undefined;
    readings.push(reading);
  }
  return readings.join(" ");
}

/**
 * The vocabulary word a word not understood sounds like: the whole word (液花气 → 液化气), or
 * a run of two to four of its characters (沼汽池爆炸 → 沼气池), the longest first. Only a word
 * whose characters differ is a reading, and one-character words never are.
 */
export function soundAlike(
  word: string,
  dictionaryWords: readonly string[],
  sounds: CharSounds,
): { written: string; meant: string } | undefined {
  const bySound = new Map<string, string>();
  for (const known of dictionaryWords) {
    if ([...known].length < 2) continue;
    const sound = soundOf(known, sounds);
    if (sound && !bySound.has(sound)) bySound.set(sound, known);
  }
  const chars = [...word];
  for (let length = Math.min(chars.length, 6); length >= 2; length -= 1)
    for (let start = 0; start + length <= chars.length; start += 1) {
      const written = chars.slice(start, start + length).join("");
      const sound = soundOf(written, sounds);
      const meant = sound ? bySound.get(sound) : undefined;
      if (meant && meant !== written) return { written, meant };
    }
  return undefined;
}

/**
 * A question asked again with each word nobody understood read as the word it sounds like
 * (液花气 → 液化气): the words heard, and the question as corrected (unchanged when none).
 */
export function correctedBySound(
  question: string,
  missing: readonly string[],
  dictionaryWords: readonly string[],
  sounds: CharSounds,
): { heard: Array<{ written: string; meant: string }>; corrected: string } {
  const heard: Array<{ written: string; meant: string }> = [];
  let corrected = question;
  for (const word of missing) {
    const alike = soundAlike(word, dictionaryWords, sounds);
    if (alike) {
      heard.push(alike);
      corrected = corrected.split(alike.written).join(alike.meant);
    }
  }
  return { heard, corrected };
}
