// Types of the <news-lens> element (embed/news-lens.js in the npm package).
// The analysis types repeat the wasm module's JS API (CONTRACT.md) so that
// this file stands on its own.

export type Language = 'ar' | 'en' | 'und';
export type ActorKind = 'person' | 'country' | 'organization' | 'group' | 'place';
export type MentionForm = 'name' | 'surname' | 'title' | 'nisba' | 'metonym' | 'pronoun';

export interface AnalyzeOptions {
  language?: 'auto' | 'ar' | 'en';
  actors?: boolean;
  quotes?: boolean;
}

/** Offsets are UTF-16 indices into the analysed text, half-open. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  form: MentionForm;
}

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  role: string | null;
  country: string | null;
  aliases: string[];
  mentions: Mention[];
}

export interface Quote {
  id: string;
  text: string;
  kind: 'direct' | 'indirect';
  start: number;
  end: number;
  speaker: string | null;
  speakerText: string | null;
  cue: string | null;
  cueStart: number | null;
  cueEnd: number | null;
}

export interface Analysis {
  language: Language;
  actors: Actor[];
  quotes: Quote[];
}

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
