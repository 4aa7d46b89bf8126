import { httpUrl, text } from '../../../../server/src/domain/validation/fields';
import { BRIEF_LIMITS } from '../../../../server/src/domain/brief/validate-brief';

/** One row of the editor: what the editor typed, kept as typed until saved. */
export interface RelatedLinkRow {
  title: string;
  url: string;
}

export type LinkProblem = 'url.invalid' | 'url.required' | 'title.required' | 'title.tooLong';

/** The server's own rules (validate-brief's relatedLinks): a title of 1–300 characters, an absolute http(s) URL. */
export const linkProblems = (link: RelatedLinkRow): { title?: LinkProblem; url?: LinkProblem } => {
  const problems: { title?: LinkProblem; url?: LinkProblem } = {};
  if (!link.url.trim()) problems.url = 'url.required';
  else if (!httpUrl({ max: BRIEF_LIMITS.relatedLinkUrl }).safeParse(link.url.trim()).success) problems.url = 'url.invalid';
  if (!link.title.trim()) problems.title = 'title.required';
  else if (!text({ max: BRIEF_LIMITS.relatedLinkTitle, min: 1 }).safeParse(link.title.trim()).success) problems.title = 'title.tooLong';
  return problems;
};

/** The stored JSON as rows (anything else than a list of objects shows as no rows). */
export const toRows = (value: unknown): RelatedLinkRow[] => {
  let parsed = value;
  if (typeof parsed === 'string') {
    try {
      parsed = JSON.parse(parsed);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.map((entry) => {
    const record = entry && typeof entry === 'object' ? (entry as Record<string, unknown>) : {};
    return { title: typeof record.title === 'string' ? record.title : '', url: typeof record.url === 'string' ? record.url : '' };
  });
};
