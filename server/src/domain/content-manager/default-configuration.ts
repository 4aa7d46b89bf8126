/**
 * The plugin's default Content Manager configuration for briefs and tags (labels, hints, read-only fields, edit and
 * list layouts), and the rule for applying it over what Strapi stored: only what is still Strapi's generated default,
 * or what the plugin itself wrote last time, is replaced. Pure: no Strapi import.
 */

/** One field's edit-view metadata as the Content Manager stores it. */
export interface EditMetadata {
  label?: string;
  description?: string;
  placeholder?: string;
  visible?: boolean;
  editable?: boolean;
  mainField?: string;
}

/** One field's list-view metadata as the Content Manager stores it. */
export interface ListMetadata {
  label?: string;
  searchable?: boolean;
  sortable?: boolean;
}

export interface FieldMetadata {
  edit: EditMetadata;
  list: ListMetadata;
}

export interface EditLayoutField {
  name: string;
  size: number;
}

export interface ContentManagerConfiguration {
  settings: Record<string, unknown>;
  metadatas: Record<string, FieldMetadata>;
  layouts: { list: string[]; edit: EditLayoutField[][] };
}

/** What the plugin sets for one field: its label (edit and list), hint, placeholder; `readOnly` greys it out. */
export interface FieldDefault {
  label: string;
  description: string;
  placeholder?: string;
  readOnly?: boolean;
  /** List-view column sortable (only for real columns). */
  sortable?: boolean;
}

export interface TypeDefaults {
  fields: Record<string, FieldDefault>;
  edit: EditLayoutField[][];
  list: string[];
  /** Default sort of the list view. */
  sort?: { by: string; order: 'ASC' | 'DESC' };
}

const row = (...fields: [string, number][]): EditLayoutField[] => fields.map(([name, size]) => ({ name, size }));

/** Briefs: headline and slugline first; body; photo with credit and caption; tags and related; embargo and status. */
export const BRIEF_DEFAULTS: TypeDefaults = {
  fields: {
    headline: { label: 'Headline', description: 'What happened, in one line: it is the title partners show.', placeholder: 'At least 15 civilians killed in strikes on Idleb' },
    slugline: { label: 'Slugline', description: 'The desk\'s short keyword for the story, shared by its updates (e.g. SYRIA-STRIKES).', placeholder: 'SYRIA-STRIKES' },
    slug: { label: 'URL slug', description: 'Made from the headline when left empty; unique per language.' },
    dateline: { label: 'Dateline', description: 'Where the story was filed from.', placeholder: 'IDLEB, Syria' },
    byline: { label: 'Byline', description: 'Who wrote it, as partners print it.' },
    urgency: { label: 'Urgency', description: '1 (flash) to 9 (lowest); 4 is an ordinary brief.' },
    summary: { label: 'Summary', description: 'One or two sentences for lists and alerts.' },
    body: { label: 'Body', description: 'The text of the brief.' },
    photo: { label: 'Photo', description: 'One image; its alt text is set in the Media Library.' },
    photoCredit: { label: 'Photo credit', description: 'As the agency gives it: photographer / agency, restrictions.' },
    photoCaption: { label: 'Photo caption', description: 'What the photo shows, when and where.' },
    tags: { label: 'Tags', description: 'Subjects, places, organisations, people and events.' },
    relatedBriefs: { label: 'Related briefs', description: 'Other briefs on the same story.' },
    relatedLinks: { label: 'Related links', description: 'Links to other sites, each with a title and an http(s) address.' },
    embargoUntil: { label: 'Embargo until', description: 'Hidden from the public (and partners not entitled) until this time.' },
    editorialStatus: { label: 'Editorial status', description: 'Usable, withheld or killed: changed only with the Kill, Withhold and Release actions.', readOnly: true, sortable: true },
    killReason: { label: 'Kill reason', description: 'Why the brief was killed or withheld, as given in the action.', readOnly: true },
    externalId: { label: 'Agency item id', description: 'The wire\'s own identifier, set by imports; unique.' },
    firstPublishedAt: { label: 'First published', description: 'When this language was first published; kept across republications.', readOnly: true, sortable: true },
  },
  edit: [
    row(['headline', 8], ['slugline', 4]),
    row(['dateline', 4], ['byline', 4], ['urgency', 4]),
    row(['summary', 12]),
    row(['body', 12]),
    row(['photo', 4], ['photoCredit', 4], ['photoCaption', 4]),
    row(['tags', 6], ['relatedBriefs', 6]),
    row(['relatedLinks', 12]),
    row(['embargoUntil', 4], ['editorialStatus', 4], ['firstPublishedAt', 4]),
    row(['killReason', 12]),
    row(['slug', 6], ['externalId', 6]),
  ],
  // Short enough for Strapi's own columns (locales, draft/published status) to fit at 1440 px.
  list: ['headline', 'editorialStatus'],
  sort: { by: 'updatedAt', order: 'DESC' },
};

export const TAG_DEFAULTS: TypeDefaults = {
  fields: {
    name: { label: 'Name', description: 'As readers see it; unique per kind, whatever the case.' },
    kind: { label: 'Kind', description: 'Subject, place, organisation, person or event: decides the IPTC field it maps to.' },
    slug: { label: 'URL slug', description: 'Made from the name when left empty.' },
  },
  edit: [row(['name', 6], ['kind', 6]), row(['slug', 6])],
  list: ['name', 'kind', 'slug'],
  sort: { by: 'name', order: 'ASC' },
};

/** What the plugin wrote last time, kept so a later version may replace its own defaults but never an admin's. */
export interface AppliedDefaults {
  metadatas: Record<string, FieldMetadata>;
  edit: EditLayoutField[][];
  list: string[];
  sort?: { by: string; order: string };
}

export interface StrapiGenerated {
  /** The edit layout Strapi would generate for the type as it is now. */
  edit: EditLayoutField[][];
  list: string[];
  /** Strapi's default sort field (the main field). */
  mainField: string;
}

const sameJson = (left: unknown, right: unknown): boolean => JSON.stringify(left) === JSON.stringify(right);

/** Strapi generates `label: <attribute name>` and empty hint and placeholder. */
const isGeneratedMetadata = (name: string, metadata: FieldMetadata | undefined): boolean =>
  !metadata ||
  ((metadata.edit?.label ?? name) === name &&
    !metadata.edit?.description &&
    !metadata.edit?.placeholder &&
    metadata.edit?.editable !== false &&
    (metadata.list?.label ?? name) === name);

const fieldMetadata = (stored: FieldMetadata | undefined, field: FieldDefault): FieldMetadata => ({
  edit: {
    ...stored?.edit,
    label: field.label,
    description: field.description,
    placeholder: field.placeholder ?? '',
    editable: !field.readOnly,
  },
  list: { ...stored?.list, label: field.label, ...(field.sortable ? { sortable: true } : {}) },
});

export interface MergeResult {
  configuration: ContentManagerConfiguration;
  applied: AppliedDefaults;
  changed: boolean;
}

/**
 * The stored configuration with the plugin's defaults in every place that is still Strapi's generated default (or the
 * plugin's own previous default): a field an admin relabelled, a layout an admin rearranged, a sort an admin chose stay.
 * Fields the type does not have (in `stored.metadatas`) are skipped.
 */
export const mergeDefaults = (
  stored: ContentManagerConfiguration,
  defaults: TypeDefaults,
  generated: StrapiGenerated,
  previous: AppliedDefaults | null,
): MergeResult => {
  const metadatas = { ...stored.metadatas };
  const applied: AppliedDefaults = { metadatas: {}, edit: previous?.edit ?? [], list: previous?.list ?? [], sort: previous?.sort };
  for (const [name, field] of Object.entries(defaults.fields)) {
    const current = metadatas[name];
    if (!current) continue;
    const ours = fieldMetadata(current, field);
    const mine = previous?.metadatas[name];
    if (isGeneratedMetadata(name, current) || (mine && sameJson(current, mine))) metadatas[name] = ours;
    applied.metadatas[name] = metadatas[name] === ours ? ours : (mine ?? ours);
  }

  const known = (fieldName: string) => Boolean(stored.metadatas[fieldName]);
  const edit = defaults.edit.map((fields) => fields.filter((field) => known(field.name))).filter((fields) => fields.length > 0);
  const list = defaults.list.filter(known);
  const layouts = { ...stored.layouts };
  if (sameJson(stored.layouts.edit, generated.edit) || (previous && sameJson(stored.layouts.edit, previous.edit))) {
    layouts.edit = edit;
    applied.edit = edit;
  }
  if (sameJson(stored.layouts.list, generated.list) || (previous && sameJson(stored.layouts.list, previous.list))) {
    layouts.list = list;
    applied.list = list;
  }

  const settings = { ...stored.settings };
  const sortIsGenerated = settings.defaultSortBy === generated.mainField && settings.defaultSortOrder === 'ASC';
  const sortIsPrevious = previous?.sort && settings.defaultSortBy === previous.sort.by && settings.defaultSortOrder === previous.sort.order;
  if (defaults.sort && (sortIsGenerated || sortIsPrevious)) {
    settings.defaultSortBy = defaults.sort.by;
    settings.defaultSortOrder = defaults.sort.order;
    applied.sort = defaults.sort;
  }

  const configuration = { settings, metadatas, layouts };
  return { configuration, applied, changed: !sameJson(configuration, stored) };
};

/** Strapi's generated edit layout: the fields in schema order, packed into rows of 12 by their default sizes. */
export const packEditLayout = (fields: EditLayoutField[]): EditLayoutField[][] => {
  const rows: EditLayoutField[][] = [];
  let current: EditLayoutField[] = [];
  let width = 0;
  for (const field of fields) {
    if (current.length > 0 && width + field.size > 12) {
      rows.push(current);
      current = [];
      width = 0;
    }
    current.push(field);
    width += field.size;
  }
  if (current.length > 0) rows.push(current);
  return rows;
};
