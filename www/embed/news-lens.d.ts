// Types of the <news-lens> element (embed/news-lens.js in the npm package).
// The analysis types are the wasm module's own; scripts/package.sh points
// this import at ../newslens.js for the package layout.
import type { Analysis, AnalyzeOptions } from '../pkg/newslens.js';

export type { Actor, Analysis, AnalyzeOptions, Language, Mention, Quote } from '../pkg/newslens.js';

/**
 * `<news-lens for="article-body" highlight>`: analyses the host article
 * (the element with that id or matching that selector; by default the
 * closest or first `<article>`) and shows its actors and quotes.
 */
export declare class NewsLensElement extends HTMLElement {
  /** The last analysis shown in the panel, or null before the first one. */
  readonly result: Analysis | null;
  /** The article element being analysed, or null. */
  readonly target: Element | null;
  /**
   * Without `text`: re-analyses the host article and updates the panel.
   * With `text`: resolves to its analysis and leaves the panel alone.
   * Rejects when WebAssembly or Web Workers are unavailable.
   */
  analyze(text?: string, options?: AnalyzeOptions): Promise<Analysis>;
}

/** Analyses `text` in the element's shared worker. */
export declare function analyze(text: string, options?: AnalyzeOptions): Promise<Analysis>;

/** Text of an element as the element reads it, with a map back to the DOM. */
export declare function extractText(root: Element): {
  text: string;
  nodes: number[];
  offsets: number[];
  nodeList: Text[];
};

declare global {
  interface HTMLElementTagNameMap {
    'news-lens': NewsLensElement;
  }
  interface HTMLElementEventMap {
    'newslens:analysis': CustomEvent<Analysis>;
    'newslens:error': CustomEvent<{ message: string }>;
  }
}
