// A query typed with the wrong keyboard layout («ntcns» for «тесты»), read as the keys meant: Latin QWERTY ↔ Russian ЙЦУКЕН.

/** The same keys in both layouts, position by position (lower case, then the shifted characters). */
const latinKeys = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`" + 'QWERTYUIOP{}ASDFGHJKL:"ZXCVBNM<>~';
const russianKeys = "йцукенгшщзхъфывапролджэячсмитьбюё" + "ЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ";

const toRussian = new Map([...latinKeys].map((key, index) => [key, russianKeys[index] ?? key]));
const toLatin = new Map([...russianKeys].map((key, index) => [key, latinKeys[index] ?? key]));

const latinLetter = /[a-z]/i;
const russianLetter = /[а-яё]/i;

/**
 * The query as it would read in the other layout, when it is written in one alphabet only; undefined for a query that
 * mixes alphabets, has no letters, or would become punctuation (nothing suggests the layout was wrong).
 * @example switchLayout("ntcns") // => "тесты"
 * @example switchLayout("ьщвуд") // => "model"
 */
export function switchLayout(query: string): string | undefined {
  const hasLatin = latinLetter.test(query);
  const hasRussian = russianLetter.test(query);
  if (hasLatin === hasRussian) return undefined;
  const keys = hasLatin ? toRussian : toLatin;
  const switched = [...query].map((char) => keys.get(char) ?? char).join("");
  // «ж», «б», «х»… sit on punctuation keys: a Russian word that needs them was not an English word typed by mistake.
  if (hasRussian && [...query].some((char) => russianLetter.test(char) && !latinLetter.test(keys.get(char) ?? ""))) return undefined;
  return switched === query ? undefined : switched;
}
