// The part of @11ty/eleventy-img 6's programmatic API this project uses: the package ships no type declarations.
declare module "@11ty/eleventy-img" {
  import type { Sharp } from "sharp";

  export interface ImageStat {
    format: string;
    width: number;
    height: number;
    url: string;
    sourceType: string;
    srcset: string;
    filename?: string;
    /** Where the file was written: inside `outputDir`. */
    outputPath?: string;
    size?: number;
  }

  export type ImageMetadata = Record<string, ImageStat[]>;

  export interface ImageOptions {
    widths?: Array<number | "auto" | null>;
    formats?: string[];
    outputDir?: string;
    urlPath?: string;
    /** In-memory and disk cache: an output whose file already exists in `outputDir` is not encoded again. */
    useCache?: boolean;
    minimumThreshold?: number;
    sharpAvifOptions?: Record<string, unknown>;
    sharpWebpOptions?: Record<string, unknown>;
    sharpJpegOptions?: Record<string, unknown>;
    sharpPngOptions?: Record<string, unknown>;
    /** Called on each output's sharp pipeline just before it is encoded; never for an output found in the cache. */
    transform?: (sharp: Sharp) => void | Promise<void>;
    filenameFormat?: (hash: string, src: string, width: number, format: string) => string;
    /** Unknown keys are part of the in-memory cache key but not of the output file names. */
    [key: string]: unknown;
  }

  interface ImageFunction {
    (src: string | Buffer, options?: ImageOptions): Promise<ImageMetadata>;
    concurrency: number;
  }

  const Image: ImageFunction;
  export default Image;
}
