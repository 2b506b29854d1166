// Eleventy 3 ships no type declarations. This covers only the parts of its API that
// this project calls, so a typo in a config call still fails `tsc`.
declare module "@11ty/eleventy" {
  export interface EleventyDirectories {
    input: string;
    output: string;
    includes: string;
    layouts?: string;
    data: string;
  }

  export interface EleventyEventArgs {
    directories: EleventyDirectories;
    runMode: "build" | "watch" | "serve";
    outputMode: "fs" | "json" | "ndjson";
    /** In eleventy.after: every page written, with its URL and final HTML. */
    results?: { url: string | false; inputPath: string; outputPath: string | false; content: string }[];
  }

  export interface CollectionItem<Data = Record<string, unknown>> {
    url: string;
    inputPath: string;
    outputPath: string | false;
    fileSlug: string;
    data: Data;
    /** The page's rendered content without its layout (available to layouts). */
    templateContent?: unknown;
  }

  export interface CollectionApi {
    getAll(): CollectionItem[];
    getFilteredByGlob(glob: string | string[]): CollectionItem[];
  }

  export interface FrontMatterEngine {
    parse(source: string): object;
    stringify(data: object): string;
  }

  export interface UserConfig {
    /** The build's path prefix ("/" or "/autonomy-contract/"), set before plugins run. */
    pathPrefix?: string;
    /** Eleventy's timing of config callbacks (filters, transforms); 0 ms turns its warnings off. */
    addPlugin<Options>(plugin: (config: UserConfig, options?: Options) => void, options?: Options): void;
    addFilter(name: string, filter: (...args: any[]) => unknown): void;
    addCollection(name: string, build: (api: CollectionApi) => unknown): void;
    addGlobalData(name: string, value: unknown): void;
    addTransform(name: string, transform: (this: { page: { url: string; outputPath: string | false } }, content: string) => string): void;
    setLibrary(name: "md", library: unknown): void;
    setFrontMatterParsingOptions(options: { engines?: Record<string, FrontMatterEngine> }): void;
    setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
    on(event: "eleventy.before" | "eleventy.after", handler: (args: EleventyEventArgs) => unknown): void;
    /** Eleventy's timers of the configuration's filters, shortcodes and plugins. */
    benchmarks: { config: { setIsVerbose(isVerbose: boolean): void } };
  }

  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    /** Every URL of the built HTML starts with it (with the HTML base plugin); default "/". */
    pathPrefix?: string;
    config?: (config: UserConfig) => unknown;
  }

  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
  }
}

declare module "markdown-it-container" {
  import type MarkdownIt from "markdown-it";
  const container: (md: MarkdownIt, name: string, options?: object) => void;
  export default container;
}
