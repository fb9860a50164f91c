// The part of Eleventy 3.1's API this project uses: Eleventy ships no type declarations.
declare module "@11ty/eleventy" {
  export interface PageData {
    url: string | false;
    inputPath: string;
    outputPath: string | false;
    fileSlug: string;
    filePathStem: string;
    date: Date;
    lang?: string;
  }

  export interface CollectionItem<D = Record<string, unknown>> {
    url: string;
    inputPath: string;
    outputPath: string | false;
    fileSlug: string;
    date: Date;
    data: D & { page: PageData };
    content: string;
    templateContent?: string;
  }

  export interface CollectionApi {
    getAll(): CollectionItem[];
    getFilteredByGlob(glob: string | string[]): CollectionItem[];
    getFilteredByTag(tag: string): CollectionItem[];
  }

  export interface Directories {
    readonly input: string;
    readonly includes: string;
    readonly data: string;
    readonly output: string;
  }

  export interface EventArguments {
    directories: Directories;
    runMode: "build" | "watch" | "serve";
    outputMode: "fs" | "json" | "ndjson";
    incremental: boolean;
    results?: Array<{ inputPath: string; outputPath: string | false; url: string | false; content: string }>;
  }

  export interface ExtensionOptions {
    key?: string;
    outputFileExtension?: string;
    read?: boolean;
    compile?: (...args: unknown[]) => unknown;
    /** Incremental builds (--incremental): does the changed file concern the template at this.inputPath? */
    isIncrementalMatch?: (this: { inputPath: string }, changedFile: string) => boolean;
  }

  export interface DataExtensionOptions {
    parser: (contentsOrPath: string, filePath?: string) => unknown;
    read?: boolean;
  }

  export interface FrontMatterParsingOptions {
    engines?: Record<string, (input: string) => object>;
  }

  export interface ServerOptions {
    port?: number;
    showAllHosts?: boolean;
    domDiff?: boolean;
  }

  export interface UserConfig {
    readonly directories: Directories;
    addPlugin<O>(plugin: (config: UserConfig, options: O) => unknown, options?: O): void;
    addPlugin(plugin: (config: UserConfig) => unknown): void;
    addExtension(extensions: string | string[], options: ExtensionOptions): void;
    addTemplateFormats(formats: string | string[]): void;
    addDataExtension(extensions: string, options: DataExtensionOptions): void;
    setLibrary(name: "md", library: { render(src: string, env?: object): string; disable?(rule: string): unknown }): void;
    setFrontMatterParsingOptions(options: FrontMatterParsingOptions): void;
    addGlobalData(name: string, value: unknown): void;
    addCollection(name: string, build: (api: CollectionApi) => unknown): void;
    addFilter(name: string, filter: (...args: never[]) => unknown): void;
    // Called as `this.name(...)` from .11ty.js (here .11ty.tsx) templates only.
    addJavaScriptFunction(name: string, fn: (...args: never[]) => unknown): void;
    // baseHref: set when renderTransforms runs the transforms on a fragment (feeds), not on a page being written.
    addTransform(
      name: string,
      transform: (this: { page: PageData; baseHref?: string }, content: string) => string | Buffer | Promise<string | Buffer>,
    ): void;
    addPassthroughCopy(paths: string | Record<string, string>): void;
    addWatchTarget(path: string): void;
    setServerOptions(options: ServerOptions): void;
    setChokidarConfig(options: { awaitWriteFinish?: { stabilityThreshold: number; pollInterval: number } }): void;
    setQuietMode(quiet: boolean): void;
    setEventEmitterMode(mode: "parallel" | "sequential"): void;
    setDataFileSuffixes(suffixes: string[]): void;
    on(event: "eleventy.before" | "eleventy.after", listener: (args: EventArguments) => unknown): void;
    on(event: string, listener: (...args: never[]) => unknown): void;
    ignores: { add(glob: string): void; delete(glob: string): void };
  }

  export interface EleventyOptions {
    /** "cli" as Eleventy's own command sets it (a failed build is then fatal). */
    source?: "cli" | "script";
    configPath?: string;
    quietMode?: boolean;
    runMode?: "build" | "watch" | "serve";
    config?: (config: UserConfig) => void;
  }

  /** Eleventy's bundled HTML base plugin: the htmlBaseUrl filter and the transform renderTransforms runs on feeds. */
  export function HtmlBasePlugin(eleventyConfig: UserConfig, options?: { baseHref?: string; extensions?: string }): void;

  /** Eleventy's reporter of errors (src/Errors/EleventyErrorHandler.js); npm run build and npm start replace its methods. */
  export interface ErrorHandler {
    error(error: unknown, message?: string): void;
    fatal(error: unknown, message?: string): void;
    once(type: string, error: unknown, message?: string): void;
  }

  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    readonly errorHandler: ErrorHandler;
    /** Eleventy's chokidar watcher, set by watch(). */
    readonly watcher: { on(event: "unlink", listener: (file: string) => void): unknown; emit(event: "change", file: string): unknown };
    /** Eleventy's console logger; its summary line ("Wrote 0 files", in red after a failure) goes through logWithOptions. */
    readonly logger: { logWithOptions(options: { message: string; color?: string }): void };
    init(): Promise<void>;
    /** Made by init(); src/publish/one-language.ts wraps its _createTemplate for --lang builds. */
    readonly writer: import("../src/publish/one-language.ts").TemplateWriter;
    setIncrementalBuild(incremental: boolean): void;
    watch(): Promise<void>;
    serve(port?: number): void;
    stopWatch(): Promise<void>;
    write(): Promise<unknown>;
    toJSON(): Promise<Array<{ url: string; inputPath: string; outputPath: string; content: string }>>;
  }
}
