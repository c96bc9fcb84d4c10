// A citation points at a verbatim passage of one plan; resolving it locates the passage.

export interface Citation {
  /** Seed stem: the plan text's file name in `seeds/` without `.txt` (`<NNN>_<hash>`). */
  seed: string;
  /** Verbatim text within one paragraph; PDF line breaks (and whitespace around them) are ignored. */
  quote: string;
  /** Verbatim text right before the quote, to pick one of several occurrences. */
  prefix?: string;
  /** Verbatim text right after the quote. */
  suffix?: string;
}

export interface ResolvedCitation {
  /** The paragraph holding the quote; for a quote from a heading, the heading's first paragraph. */
  paragraphId: string;
  /** Set when the quote is (part of) a standalone heading: 二、深化能源革命综合改革试点… */
  headingId?: string;
  /** Character offsets of the quote within the paragraph text — or the heading text (end exclusive). */
  start: number;
  end: number;
  /** Texts of the enclosing headings, outermost first (for a heading quote: ending with that heading). */
  headingPath: string[];
  /** Seed lines (1-based) the quote spans. */
  lines: [number, number];
}

export type CitationErrorReason = 'not-found' | 'ambiguous' | 'no-paragraph' | 'wrong-document';

export interface CitationFailure {
  ok: false;
  reason: CitationErrorReason;
  message: string;
  matches: number;
}
