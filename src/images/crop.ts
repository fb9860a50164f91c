// A hero cut to a shape around its focus: the part of the source a crop keeps, and the classes that frame it on pages.
import type { Focus } from "../content/hero-focus.ts";

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The largest box of the target's shape inside the source, placed as object-position places an image: at 30% the
 * box's left edge sits 30% of the way along the room it can move in, so 0% and 100% touch the source's edges.
 *
 * @example cropBox({ width: 1600, height: 900 }, { width: 1200, height: 1200 }, { x: 0, y: 50 })
 * // => { left: 0, top: 0, width: 900, height: 900 }
 */
export function cropBox(source: { width: number; height: number }, target: { width: number; height: number }, focus: Focus): Box {
  const wider = source.width * target.height > target.width * source.height;
  const width = wider ? Math.round((source.height * target.width) / target.height) : source.width;
  const height = wider ? source.height : Math.round((source.width * target.height) / target.width);
  return {
    left: Math.round(((source.width - width) * focus.x) / 100),
    top: Math.round(((source.height - height) * focus.y) / 100),
    width,
    height,
  };
}

/**
 * Pages show heroes in 16:9 frames (object-fit: cover); these classes move the frame's object-position to the focus,
 * one per axis that is off centre (site.css has a rule for every step).
 *
 * @example focusClass({ x: 30, y: 50 }) // => "focus-x30"
 */
export function focusClass(focus: Focus): string | undefined {
  const classes = [focus.x !== 50 && `focus-x${focus.x}`, focus.y !== 50 && `focus-y${focus.y}`].filter(Boolean);
  return classes.length > 0 ? classes.join(" ") : undefined;
}
