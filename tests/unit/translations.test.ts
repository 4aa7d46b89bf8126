/**
 * The admin's messages: en.json and fr.json hold the same keys, every key the admin source uses exists, every
 * message parses as ICU and both languages use the same placeholders.
 */
import fs from 'fs';
import path from 'path';
import { type MessageFormatElement, TYPE, parse } from '@formatjs/icu-messageformat-parser';

const adminSrc = path.resolve(__dirname, '../../admin/src');
const LANGUAGES = ['en', 'fr'] as const;

const readMessages = (language: string): Record<string, string> =>
  JSON.parse(fs.readFileSync(path.join(adminSrc, 'translations', `${language}.json`), 'utf8')) as Record<string, string>;

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });

interface KeyUse {
  key: string;
  file: string;
}

/** Keys the source uses: `getTranslation('key')` and literal ids `'newsroom.key'`. */
const usedKeys = (): { uses: KeyUse[]; dynamicCalls: string[] } => {
  const uses: KeyUse[] = [];
  const dynamicCalls: string[] = [];
  for (const file of sourceFiles(adminSrc)) {
    const source = fs.readFileSync(file, 'utf8');
    const relative = path.relative(adminSrc, file);
    for (const match of source.matchAll(/getTranslation\(\s*(['"])([^'"]+)\1\s*\)/g)) uses.push({ key: match[2], file: relative });
    for (const match of source.matchAll(/\bid:\s*(['"])newsroom\.([^'"]+)\1/g)) uses.push({ key: match[2], file: relative });
    // A computed key cannot be checked here: the source must spell every key out.
    for (const match of source.matchAll(/getTranslation\(\s*(?!['"][^'"]+['"]\s*\))([^)]*)\)/g)) {
      if (!relative.endsWith(path.join('utils', 'getTranslation.ts'))) dynamicCalls.push(`${relative}: getTranslation(${match[1]})`);
    }
  }
  return { uses, dynamicCalls };
};

/** Names of the arguments a message uses ({name}, {count, plural, …}, and those nested in plural/select branches). */
const argumentNames = (elements: MessageFormatElement[], names = new Set<string>()): Set<string> => {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      argumentNames(element.children, names);
      continue;
    }
    names.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentNames(option.value, names);
    }
  }
  return names;
};

describe('admin translations', () => {
  const messages = Object.fromEntries(LANGUAGES.map((language) => [language, readMessages(language)])) as Record<
    (typeof LANGUAGES)[number],
    Record<string, string>
  >;

  it('has the same keys in every language', () => {
    const [first, ...others] = LANGUAGES;
    for (const other of others) {
      const onlyInFirst = Object.keys(messages[first]).filter((key) => !(key in messages[other]));
      const onlyInOther = Object.keys(messages[other]).filter((key) => !(key in messages[first]));
      expect({ [`only in ${first}.json`]: onlyInFirst, [`only in ${other}.json`]: onlyInOther }).toEqual({
        [`only in ${first}.json`]: [],
        [`only in ${other}.json`]: [],
      });
    }
  });

  it('has every key the admin source uses, spelled out literally', () => {
    const { uses, dynamicCalls } = usedKeys();
    expect(uses.length).toBeGreaterThan(50);
    expect(dynamicCalls).toEqual([]);
    const missing = uses
      .filter(({ key }) => LANGUAGES.some((language) => !(key in messages[language])))
      .map(({ key, file }) => `${file}: ${key}`);
    expect(missing).toEqual([]);
  });

  it('has no key the admin source does not use', () => {
    const used = new Set(usedKeys().uses.map(({ key }) => key));
    expect(Object.keys(messages.en).filter((key) => !used.has(key))).toEqual([]);
  });

  it('has non-empty, valid ICU messages with the same placeholders in every language', () => {
    const problems: string[] = [];
    for (const key of Object.keys(messages.en)) {
      const placeholders = LANGUAGES.map((language) => {
        const message = messages[language][key];
        if (typeof message !== 'string' || message.trim() === '') {
          problems.push(`${language}.json ${key}: empty`);
          return '';
        }
        try {
          return [...argumentNames(parse(message))].sort().join(',');
        } catch (error) {
          problems.push(`${language}.json ${key}: ${(error as Error).message}`);
          return '';
        }
      });
      if (new Set(placeholders).size > 1)
        problems.push(`${key}: placeholders differ (${LANGUAGES.map((language, i) => `${language}: ${placeholders[i]}`).join('; ')})`);
    }
    expect(problems).toEqual([]);
  });
});
