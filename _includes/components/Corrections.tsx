// "Corrections" at the end of an article: each dated note, oldest first, under a heading the corrections page links to.
import type { Correction } from "../../src/content/articles.ts";
import { formatShownDate, shownDateTime } from "../../src/content/dates.ts";
import { notIndexed } from "../../src/search/metadata.ts";

interface CorrectionsProps {
  corrections: Correction[];
  heading: string;
  locale: string;
  timeZone: string;
}

export function Corrections({ corrections, heading, locale, timeZone }: CorrectionsProps) {
  if (corrections.length === 0) return null;
  return (
    <section id="corrections" class="corrections" aria-labelledby="corrections-title" {...notIndexed}>
      <h2 id="corrections-title">{heading}</h2>
      <CorrectionList corrections={corrections} locale={locale} timeZone={timeZone} />
    </section>
  );
}

export function CorrectionList({ corrections, locale, timeZone }: Omit<CorrectionsProps, "heading">) {
  return (
    <ul class="correction-list">
      {corrections.map((correction) => (
        <li key={correction.date.dateTime}>
          <time datetime={shownDateTime(correction.date)}>{formatShownDate(correction.date, locale, timeZone)}</time>: {correction.note}
        </li>
      ))}
    </ul>
  );
}
