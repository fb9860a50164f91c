// The `heroFocus` field: where a hero's subject sits, written as CSS object-position is, so every crop of it keeps that.

/** A point of the hero in per cent of its width (x) and height (y), as object-position reads them. */
export interface Focus {
  x: number;
  y: number;
}

export const centerFocus: Focus = { x: 50, y: 50 };

/**
 * Steps of 10: the page shows a hero's 16:9 frames with one CSS class per step (site.css), under a style policy that
 * allows no inline style, and 10% of the room a crop can move is finer than an editor judges a subject's place by.
 */
export const focusStep = 10;

export const heroFocusExpected =
  'where the subject sits, as CSS object-position: left, right, top, bottom, center, two of them ("left top") or two percentages in steps of 10 ("30% 40%")';

const horizontal: Record<string, number> = { left: 0, right: 100 };
const vertical: Record<string, number> = { top: 0, bottom: 100 };

type Token = { axis: "x" | "y" | "either"; value: number; keyword: boolean };

function token(word: string): Token | undefined {
  if (word === "center") return { axis: "either", value: 50, keyword: true };
  if (word in horizontal) return { axis: "x", value: horizontal[word] ?? 50, keyword: true };
  if (word in vertical) return { axis: "y", value: vertical[word] ?? 50, keyword: true };
  const percent = /^(\d{1,3})%$/.exec(word)?.[1];
  if (percent === undefined) return undefined;
  const value = Number(percent);
  return value <= 100 && value % focusStep === 0 ? { axis: "either", value, keyword: false } : undefined;
}

/**
 * @example parseHeroFocus("left") // => { x: 0, y: 50 }
 * @example parseHeroFocus("top right") // => { x: 100, y: 0 }
 * @example parseHeroFocus("30% 40%") // => { x: 30, y: 40 }
 * @example parseHeroFocus("40% left") // => undefined (a percentage first is the horizontal one)
 */
export function parseHeroFocus(text: string): Focus | undefined {
  const words = text.trim().toLowerCase().split(/\s+/);
  const tokens = words.map(token);
  if (words.length > 2 || tokens.some((found) => found === undefined)) return undefined;
  const [first, second] = tokens as Token[];
  if (!first) return undefined;
  if (!second) return first.axis === "y" ? { x: 50, y: first.value } : { x: first.value, y: 50 };
  // Two keywords may come in either order ("top left"); otherwise the first is horizontal, as in CSS.
  const [x, y] = first.axis === "y" && second.keyword && second.axis !== "y" ? [second, first] : [first, second];
  if (x.axis === "y" || y.axis === "x") return undefined;
  return { x: x.value, y: y.value };
}

export const isCentered = (focus: Focus): boolean => focus.x === centerFocus.x && focus.y === centerFocus.y;
