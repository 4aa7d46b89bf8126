/**
 * A partner's ninjs 1.x document (AP's and Superdesk's feeds still send 1.x) in the 2.x shape the import reads.
 * Pure; the document has passed the 1.5 schema. 2.0 renamed what the import needs and kept the rest:
 *
 * - `headline` → `headlines[{ role: "main" }]`; `byline` → `by`;
 * - `description_<suffix>` → `descriptions[]` (`text` / `html` are the summary, in that content type; any other
 *   suffix is the role: `description_caption` is a caption, `description_creditline` a credit line);
 * - `body_<suffix>` → `bodies[]` (`html` / `xhtml` as HTML, `text` as plain text, the main body; others apart);
 * - `subject`, `place`, `organisation`, `person`, `event` (singular) → `subjects`, `places`, … (plural);
 * - `associations` (an object of items by name) → an array of items, each with its `name`, read the same way.
 *
 * The other properties the import reads keep their 1.x names in 2.x (`uri`, `type`, `pubstatus`, `language`,
 * `copyrightholder`, `copyrightnotice`, `usageterms`). `slugline` and `located` are read by the import itself.
 */
import { isRecord } from '../validation';

type JsonObject = Record<string, unknown>;

const CONCEPTS: readonly [string, string][] = [
  ['subject', 'subjects'],
  ['place', 'places'],
  ['organisation', 'organisations'],
  ['person', 'people'],
  ['event', 'events'],
];

/** The content type and role of a 1.x text property by its suffix (`body_html`, `description_caption`). */
function textOf(suffix: string, mainRole: string): { contenttype: string; role: string } {
  if (suffix === 'html' || suffix === 'xhtml') return { contenttype: 'text/html', role: mainRole };
  if (suffix === 'text') return { contenttype: 'text/plain', role: mainRole };
  // `body_nitf`, `body_xml`: markup the HTML reader takes paragraph by paragraph.
  return { contenttype: /html|nitf|xml/.test(suffix) ? 'text/html' : 'text/plain', role: suffix };
}

function textsWithPrefix(document: JsonObject, prefix: string, mainRole: string): JsonObject[] {
  return Object.entries(document)
    .filter((entry): entry is [string, string] => entry[0].startsWith(prefix) && typeof entry[1] === 'string')
    .map(([key, value]) => ({ ...textOf(key.slice(prefix.length), mainRole), value }));
}


/** The 2.x reading of a 1.x item (and of each of its associated items). */
export function ninjs1AsNinjs2(document: JsonObject): JsonObject {
  const upgraded: JsonObject = {};
  for (const key of ['uri', 'type', 'pubstatus', 'language', 'copyrightholder', 'copyrightnotice', 'usageterms']) {
    if (key in document) upgraded[key] = document[key];
  }
  if (typeof document.headline === 'string') upgraded.headlines = [{ role: 'main', value: document.headline }];
  if (typeof document.byline === 'string') upgraded.by = document.byline;
  upgraded.descriptions = textsWithPrefix(document, 'description_', 'summary');
  upgraded.bodies = textsWithPrefix(document, 'body_', 'main');
  for (const [singular, plural] of CONCEPTS) {
    if (Array.isArray(document[singular])) upgraded[plural] = document[singular];
  }
  const associations = document.associations;
  if (isRecord(associations)) {
    upgraded.associations = Object.entries(associations)
      .filter((entry): entry is [string, JsonObject] => isRecord(entry[1]))
      .map(([name, item]) => ({ ...ninjs1AsNinjs2(item), name }));
  }
  return upgraded;
}
