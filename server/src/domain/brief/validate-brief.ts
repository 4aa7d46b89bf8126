import { EDITORIAL_STATUSES, type EditorialStatus, type FieldError } from '../contract';

/** The editable brief fields as they arrive from the Content Manager or the Document Service. */
export type BriefInput = Record<string, unknown>;

const isBlank = (value: unknown): boolean => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

const checkOptionalString = (errors: FieldError[], data: BriefInput, field: string, maxLength: number) => {
  const value = data[field];
  if (value === undefined || value === null) return;
  if (typeof value !== 'string') errors.push({ path: [field], message: `${field} must be text` });
  else if (value.length > maxLength) errors.push({ path: [field], message: `${field} must be at most ${maxLength} characters` });
};

export const isHttpUrl = (value: unknown): boolean => {
  if (typeof value !== 'string' || !/^https?:\/\//i.test(value.trim())) return false;
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
};

const checkRelatedLinks = (errors: FieldError[], value: unknown) => {
  if (value === undefined || value === null) return;
  if (!Array.isArray(value)) {
    errors.push({ path: ['relatedLinks'], message: 'relatedLinks must be a list of { title, url }' });
    return;
  }
  if (value.length > 20) errors.push({ path: ['relatedLinks'], message: 'relatedLinks must have at most 20 links' });
  value.forEach((link: unknown, index) => {
    if (typeof link !== 'object' || link === null || Array.isArray(link)) {
      errors.push({ path: ['relatedLinks', index], message: `relatedLinks[${index}] must be an object { title, url }` });
      return;
    }
    const { title, url, ...rest } = link as Record<string, unknown>;
    if (typeof title !== 'string' || !title.trim() || title.length > 300)
      errors.push({ path: ['relatedLinks', index, 'title'], message: `relatedLinks[${index}].title is required (at most 300 characters)` });
    if (!isHttpUrl(url))
      errors.push({ path: ['relatedLinks', index, 'url'], message: `relatedLinks[${index}].url must be an absolute http or https URL` });
    for (const key of Object.keys(rest))
      errors.push({ path: ['relatedLinks', index, key], message: `relatedLinks[${index}].${key} is not allowed (only title and url)` });
  });
};

const isValidDate = (value: unknown): boolean =>
  (typeof value === 'string' || value instanceof Date) && !Number.isNaN(new Date(value).getTime());

/**
 * Field rules Strapi does not enforce on drafts (required, min/max, enums, URL schemes).
 * `mode: 'create'` also requires the headline; 'update' checks only the fields sent.
 */
export const validateBriefFields = (data: BriefInput, mode: 'create' | 'update' | 'publish'): FieldError[] => {
  const errors: FieldError[] = [];
  const { headline } = data;
  if (mode !== 'update' || headline !== undefined) {
    if (isBlank(headline)) errors.push({ path: ['headline'], message: 'headline is required' });
    else if (typeof headline !== 'string') errors.push({ path: ['headline'], message: 'headline must be text' });
    else if (headline.length > 200) errors.push({ path: ['headline'], message: 'headline must be at most 200 characters' });
  }
  checkOptionalString(errors, data, 'slug', 200);
  checkOptionalString(errors, data, 'slugline', 64);
  checkOptionalString(errors, data, 'dateline', 120);
  checkOptionalString(errors, data, 'byline', 120);
  checkOptionalString(errors, data, 'photoCredit', 300);
  checkOptionalString(errors, data, 'externalId', 200);
  checkOptionalString(errors, data, 'summary', 5000);
  checkOptionalString(errors, data, 'photoCaption', 2000);
  const { urgency } = data;
  if (urgency !== undefined && urgency !== null && !(Number.isInteger(urgency) && (urgency as number) >= 1 && (urgency as number) <= 9))
    errors.push({ path: ['urgency'], message: 'urgency must be an integer from 1 (most urgent) to 9' });
  const { editorialStatus } = data;
  if (editorialStatus !== undefined && editorialStatus !== null && !EDITORIAL_STATUSES.includes(editorialStatus as EditorialStatus))
    errors.push({ path: ['editorialStatus'], message: `editorialStatus must be one of ${EDITORIAL_STATUSES.join(', ')}` });
  const { embargoUntil } = data;
  if (embargoUntil !== undefined && embargoUntil !== null && embargoUntil !== '' && !isValidDate(embargoUntil))
    errors.push({ path: ['embargoUntil'], message: 'embargoUntil must be a date-time' });
  checkRelatedLinks(errors, data.relatedLinks);
  return errors;
};
