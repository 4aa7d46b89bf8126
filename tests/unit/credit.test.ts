import type { PhotoCredit } from '../../server/src/domain/contract';
import { DEFAULT_AGENCIES, parseCredit } from '../../server/src/domain/credit/parse-credit';

interface CreditCase {
  input: string;
  photographers: string[];
  agencies: string[];
  restrictions?: string[];
}

function expectCredit(input: string, expected: CreditCase, options?: Parameters<typeof parseCredit>[1]): void {
  expect(parseCredit(input, options)).toEqual<PhotoCredit>({
    raw: input.replace(/\s+/g, ' ').trim(),
    photographers: expected.photographers,
    agencies: expected.agencies,
    restrictions: expected.restrictions ?? [],
  });
}

describe('parseCredit', () => {
  describe('photographer and agency', () => {
    test.each<CreditCase>([
      { input: 'Ahmad al-ATRASH / AFP', photographers: ['Ahmad al-ATRASH'], agencies: ['AFP'] },
      { input: 'Photo: John Smith/Reuters', photographers: ['John Smith'], agencies: ['Reuters'] },
      { input: 'John Smith (Reuters)', photographers: ['John Smith'], agencies: ['Reuters'] },
      { input: '© AFP', photographers: [], agencies: ['AFP'] },
      { input: '(c) Reuters 2024', photographers: [], agencies: ['Reuters'] },
      { input: 'Getty Images / John Moore', photographers: ['John Moore'], agencies: ['Getty Images'] },
      { input: 'John Moore/Getty Images', photographers: ['John Moore'], agencies: ['Getty Images'] },
      { input: 'AP Photo/Evan Vucci', photographers: ['Evan Vucci'], agencies: ['AP'] },
      { input: '(AP Photo/Evan Vucci, File)', photographers: ['Evan Vucci'], agencies: ['AP'] },
      { input: 'REUTERS/Kevin Lamarque', photographers: ['Kevin Lamarque'], agencies: ['Reuters'] },
      { input: 'REUTERS/Kevin Lamarque/File Photo', photographers: ['Kevin Lamarque'], agencies: ['Reuters'] },
      {
        input: 'Photo by Jamie McCarthy/Getty Images for Tribeca Festival',
        photographers: ['Jamie McCarthy'],
        agencies: ['Getty Images'],
      },
      { input: 'John Smith for Reuters', photographers: ['John Smith'], agencies: ['Reuters'] },
      { input: 'John Smith, Reuters', photographers: ['John Smith'], agencies: ['Reuters'] },
      { input: 'Xinhua/Li Hua', photographers: ['Li Hua'], agencies: ['Xinhua'] },
      { input: 'Ünal Çam / Anadolu', photographers: ['Ünal Çam'], agencies: ['Anadolu'] },
      { input: 'John Doe and Jane Roe / AFP', photographers: ['John Doe', 'Jane Roe'], agencies: ['AFP'] },
      { input: 'John "Jack" Doe / AFP', photographers: ['John "Jack" Doe'], agencies: ['AFP'] },
      { input: '📷 John Smith / AFP', photographers: ['John Smith'], agencies: ['AFP'] },
    ])('$input', (testCase) => expectCredit(testCase.input, testCase));
  });

  describe('several agencies', () => {
    test.each<CreditCase>([
      { input: 'ANP / AFP', photographers: [], agencies: ['ANP', 'AFP'] },
      { input: 'AFP PHOTO / Ahmad al-ATRASH / ANP', photographers: ['Ahmad al-ATRASH'], agencies: ['AFP', 'ANP'] },
      { input: 'EPA-EFE / JOHN DOE', photographers: ['JOHN DOE'], agencies: ['EPA', 'EFE'] },
      { input: 'EPA/ANP/Remko de Waal', photographers: ['Remko de Waal'], agencies: ['EPA', 'ANP'] },
      { input: 'Saul Loeb/AFP via Getty Images', photographers: ['Saul Loeb'], agencies: ['AFP', 'Getty Images'] },
      {
        input: 'SOPA Images/LightRocket via Getty Images',
        photographers: [],
        agencies: ['SOPA Images', 'LightRocket', 'Getty Images'],
      },
      {
        input: 'picture alliance / dpa / John Doe',
        photographers: ['John Doe'],
        agencies: ['picture alliance', 'DPA'],
      },
      { input: 'UPI/Alamy Live News', photographers: [], agencies: ['UPI', 'Alamy Live News'] },
      { input: 'Sipa USA via AP', photographers: [], agencies: ['Sipa USA', 'AP'] },
      { input: 'AFP / AFP / afp', photographers: [], agencies: ['AFP'] },
      { input: 'Anadolu Agency (AA)', photographers: [], agencies: ['Anadolu'] },
    ])('$input', (testCase) => expectCredit(testCase.input, testCase));
  });

  describe('stringers, handouts, pools and "via" chains', () => {
    test.each<CreditCase>([
      { input: 'STR / AFP', photographers: [], agencies: ['AFP'] },
      { input: '- / AFP', photographers: [], agencies: ['AFP'] },
      { input: 'REUTERS/Stringer', photographers: [], agencies: ['Reuters'] },
      { input: 'HANDOUT / SANA', photographers: [], agencies: ['SANA'] },
      { input: 'AFP PHOTO / HO / SANA', photographers: [], agencies: ['AFP', 'SANA'] },
      { input: 'Turkish Presidency / HANDOUT / AFP', photographers: [], agencies: ['Turkish Presidency', 'AFP'] },
      { input: 'Handout / Israeli Army / AFP', photographers: [], agencies: ['Israeli Army', 'AFP'] },
      {
        input: 'Ukrainian Presidential Press Service/Handout via REUTERS',
        photographers: [],
        agencies: ['Ukrainian Presidential Press Service', 'Reuters'],
      },
      { input: 'POOL / AFP', photographers: [], agencies: ['Pool', 'AFP'] },
      { input: 'Mikhail Metzel / POOL / AFP', photographers: ['Mikhail Metzel'], agencies: ['Pool', 'AFP'] },
      { input: 'Pool photo by Evan Vucci via AP', photographers: ['Evan Vucci'], agencies: ['Pool', 'AP'] },
      { input: 'Evan Vucci/Pool via REUTERS', photographers: ['Evan Vucci'], agencies: ['Pool', 'Reuters'] },
      { input: 'Kremlin Pool Photo via AP', photographers: [], agencies: ['Kremlin', 'Pool', 'AP'] },
      {
        input: 'Sputnik / Mikhail Klimentyev / Kremlin via REUTERS',
        photographers: ['Mikhail Klimentyev'],
        agencies: ['Sputnik', 'Kremlin', 'Reuters'],
      },
      { input: 'STR / KCNA VIA KNS / AFP', photographers: [], agencies: ['KCNA', 'KNS', 'AFP'] },
      { input: 'Kyodo/via REUTERS', photographers: [], agencies: ['Kyodo', 'Reuters'] },
      { input: 'John Doe via The Associated Press', photographers: ['John Doe'], agencies: ['AP'] },
      { input: '@johndoe via Instagram', photographers: [], agencies: ['Instagram'] },
    ])('$input', (testCase) => expectCredit(testCase.input, testCase));
  });

  describe('distribution restrictions', () => {
    test.each<CreditCase>([
      {
        input: 'Ahmad al-ATRASH / AFP / TURKEY OUT',
        photographers: ['Ahmad al-ATRASH'],
        agencies: ['AFP'],
        restrictions: ['TURKEY OUT'],
      },
      {
        input: 'John Doe / AFP / NO SALES',
        photographers: ['John Doe'],
        agencies: ['AFP'],
        restrictions: ['NO SALES'],
      },
      {
        input: 'John Doe / AFP / NO ARCHIVES',
        photographers: ['John Doe'],
        agencies: ['AFP'],
        restrictions: ['NO ARCHIVES'],
      },
      {
        input: 'John Doe / AFP / EDITORIAL USE ONLY',
        photographers: ['John Doe'],
        agencies: ['AFP'],
        restrictions: ['EDITORIAL USE ONLY'],
      },
      {
        input: 'John Doe / AFP / MANDATORY CREDIT',
        photographers: ['John Doe'],
        agencies: ['AFP'],
        restrictions: ['MANDATORY CREDIT'],
      },
      {
        input: 'Remko de Waal / ANP / AFP / NETHERLANDS OUT - BELGIUM OUT',
        photographers: ['Remko de Waal'],
        agencies: ['ANP', 'AFP'],
        restrictions: ['NETHERLANDS OUT', 'BELGIUM OUT'],
      },
      {
        input: 'John Doe / DPA / AFP / GERMANY OUT',
        photographers: ['John Doe'],
        agencies: ['DPA', 'AFP'],
        restrictions: ['GERMANY OUT'],
      },
      {
        input: 'John Doe / AFP / UNITED STATES OUT',
        photographers: ['John Doe'],
        agencies: ['AFP'],
        restrictions: ['UNITED STATES OUT'],
      },
      { input: 'FRANCE OUT GERMANY OUT', photographers: [], agencies: [], restrictions: ['FRANCE OUT', 'GERMANY OUT'] },
      {
        input: 'John Doe / ANP / Netherlands Out',
        photographers: ['John Doe'],
        agencies: ['ANP'],
        restrictions: ['Netherlands Out'],
      },
      {
        input: 'HANDOUT / SANA / AFP / RESTRICTED TO EDITORIAL USE',
        photographers: [],
        agencies: ['SANA', 'AFP'],
        restrictions: ['RESTRICTED TO EDITORIAL USE'],
      },
      {
        input: 'John Doe / REUTERS / NO RESALES; NO ARCHIVES',
        photographers: ['John Doe'],
        agencies: ['Reuters'],
        restrictions: ['NO RESALES', 'NO ARCHIVES'],
      },
      {
        input: 'John Doe / AFP - NO ARCHIVES -',
        photographers: ['John Doe'],
        agencies: ['AFP'],
        restrictions: ['NO ARCHIVES'],
      },
      {
        input: 'Ahmad al-ATRASH / AFP / TURKEY OUT / NO SALES',
        photographers: ['Ahmad al-ATRASH'],
        agencies: ['AFP'],
        restrictions: ['TURKEY OUT', 'NO SALES'],
      },
      {
        input: 'KCNA via REUTERS / THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. NO RESALES. NO ARCHIVES.',
        photographers: [],
        agencies: ['KCNA', 'Reuters'],
        restrictions: ['THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY', 'NO RESALES', 'NO ARCHIVES'],
      },
      {
        input:
          'HANDOUT / SANA / AFP / RESTRICTED TO EDITORIAL USE - MANDATORY CREDIT "AFP PHOTO / SANA" - ' +
          'NO MARKETING NO ADVERTISING CAMPAIGNS - DISTRIBUTED AS A SERVICE TO CLIENTS',
        photographers: [],
        agencies: ['SANA', 'AFP'],
        restrictions: [
          'RESTRICTED TO EDITORIAL USE',
          'MANDATORY CREDIT "AFP PHOTO / SANA"',
          'NO MARKETING NO ADVERTISING CAMPAIGNS',
          'DISTRIBUTED AS A SERVICE TO CLIENTS',
        ],
      },
      {
        input: 'John Doe / Shutterstock / Editorial use only',
        photographers: ['John Doe'],
        agencies: ['Shutterstock'],
        restrictions: ['Editorial use only'],
      },
    ])('$input', (testCase) => expectCredit(testCase.input, testCase));
  });

  describe('casing, spacing and all-caps segments', () => {
    test.each<CreditCase>([
      { input: '  ahmad al-atrash  /   afp ', photographers: ['ahmad al-atrash'], agencies: ['AFP'] },
      { input: 'john smith\t/\nreuters', photographers: ['john smith'], agencies: ['Reuters'] },
      { input: 'John Doe / NEWSIMAGE', photographers: ['John Doe'], agencies: ['NEWSIMAGE'] },
      { input: 'OMAR HAJ KADOUR / AFP', photographers: ['OMAR HAJ KADOUR'], agencies: ['AFP'] },
      { input: 'Aris MESSINIS / AFP', photographers: ['Aris MESSINIS'], agencies: ['AFP'] },
      {
        input: 'AFP PHOTO /POOL/ Mikhail KLIMENTYEV',
        photographers: ['Mikhail KLIMENTYEV'],
        agencies: ['AFP', 'Pool'],
      },
      { input: 'John Doe / John Doe / JOHN DOE', photographers: ['John Doe'], agencies: [] },
      { input: 'Sana Ahmed / AFP', photographers: ['Sana Ahmed'], agencies: ['AFP'] },
      { input: 'To Lam / Xinhua', photographers: ['To Lam'], agencies: ['Xinhua'] },
      {
        input: 'AFP PHOTO / IRANIAN PRESIDENCY WEBSITE',
        photographers: [],
        agencies: ['AFP', 'IRANIAN PRESIDENCY WEBSITE'],
      },
    ])('$input', (testCase) => expectCredit(testCase.input, testCase));
  });

  describe('unknown shapes keep raw and credit what they can', () => {
    test.each<CreditCase>([
      { input: 'Courtesy of the family', photographers: [], agencies: [] },
      { input: 'Photo credit unavailable', photographers: [], agencies: [] },
      { input: 'Wikimedia Commons', photographers: [], agencies: ['Wikimedia Commons'] },
      { input: 'Photo courtesy of NASA', photographers: [], agencies: ['NASA'] },
      { input: 'Handout', photographers: [], agencies: [] },
      { input: 'John Doe', photographers: ['John Doe'], agencies: [] },
      { input: 'Jane Doe / Contributor / Getty', photographers: ['Jane Doe'], agencies: ['Getty Images'] },
      { input: 'N/A', photographers: [], agencies: [] },
      { input: 'Photo: https://example.com/img.jpg / AFP', photographers: [], agencies: ['AFP'] },
    ])('$input', (testCase) => expectCredit(testCase.input, testCase));
  });

  describe('blank input', () => {
    test.each<[string, string | null | undefined]>([
      ['null', null],
      ['undefined', undefined],
      ['empty', ''],
      ['spaces', '   '],
      ['tabs and newlines', '\t\n \r\n'],
      ['non-breaking spaces', '\u00a0\u2003'],
    ])('%s gives null', (_label, input) => {
      expect(parseCredit(input)).toBeNull();
    });

    test('a non-string smuggled in from untyped JSON gives null', () => {
      expect(parseCredit(42 as unknown as string)).toBeNull();
    });
  });

  describe('raw', () => {
    test.each<[string, string]>([
      ['  Ahmad   al-ATRASH\t/\n AFP  ', 'Ahmad al-ATRASH / AFP'],
      ['afp', 'afp'],
      ['AFP PHOTO / Ahmad al-ATRASH / ANP', 'AFP PHOTO / Ahmad al-ATRASH / ANP'],
      ['HANDOUT  /  SANA', 'HANDOUT / SANA'],
    ])('%j is kept as %j', (input, raw) => {
      expect(parseCredit(input)?.raw).toBe(raw);
    });
  });

  describe('knownAgencies option replaces the default list', () => {
    test.each<CreditCase & { knownAgencies: string[] }>([
      {
        input: 'Jane Roe / agence example',
        knownAgencies: ['Agence Example'],
        photographers: ['Jane Roe'],
        agencies: ['Agence Example'],
      },
      {
        input: 'John Doe / newsimage',
        knownAgencies: ['NewsImage'],
        photographers: ['John Doe'],
        agencies: ['NewsImage'],
      },
      // Without Reuters in the list, a one-word segment is still an agency, but as written.
      { input: 'John Smith / reuters', knownAgencies: ['AFP'], photographers: ['John Smith'], agencies: ['reuters'] },
      // EFE unknown: the pair is no longer split.
      { input: 'EPA-EFE / JOHN DOE', knownAgencies: ['EPA'], photographers: ['JOHN DOE'], agencies: ['EPA-EFE'] },
      {
        input: 'Our Photo Desk / Jane Roe',
        knownAgencies: ['Our Photo Desk'],
        photographers: ['Jane Roe'],
        agencies: ['Our Photo Desk'],
      },
      { input: 'Ahmad al-ATRASH / AFP', knownAgencies: [], photographers: ['Ahmad al-ATRASH'], agencies: ['AFP'] },
      {
        input: 'Jane Roe / Local Paper PHOTO',
        knownAgencies: ['  local   paper '],
        photographers: ['Jane Roe'],
        agencies: ['local paper'],
      },
    ])('$input with $knownAgencies', (testCase) =>
      expectCredit(testCase.input, testCase, { knownAgencies: testCase.knownAgencies }),
    );

    test('the same credit differs with and without the list entry', () => {
      expect(parseCredit('Jane Roe / agence example')?.agencies).toEqual(['agence example']);
      expect(parseCredit('John Smith / reuters')?.agencies).toEqual(['Reuters']);
    });

    test('non-string list entries (bad plugin settings) are ignored', () => {
      const knownAgencies = ['AFP', null, 7] as unknown as string[];
      expect(parseCredit('John Doe / afp', { knownAgencies })?.agencies).toEqual(['AFP']);
    });
  });

  describe('DEFAULT_AGENCIES', () => {
    test('holds the major wires and is frozen', () => {
      expect(DEFAULT_AGENCIES).toEqual(expect.arrayContaining(['AFP', 'AP', 'Reuters', 'ANP', 'EPA', 'EFE', 'Pool']));
      expect(Object.isFrozen(DEFAULT_AGENCIES)).toBe(true);
    });

    test('has no duplicates ignoring case', () => {
      const keys = DEFAULT_AGENCIES.map((agency) => agency.toLowerCase());
      expect(new Set(keys).size).toBe(keys.length);
    });
  });

  describe('never throws', () => {
    function expectWellFormed(input: string): void {
      const credit = parseCredit(input);
      if (credit === null) {
        expect(input.trim()).toBe('');
        return;
      }
      expect(credit.raw).toBe(input.replace(/\s+/g, ' ').trim());
      for (const name of [...credit.photographers, ...credit.agencies, ...credit.restrictions]) {
        expect(name.length).toBeGreaterThan(0);
        expect(name).toBe(name.trim());
      }
    }

    test.each<[string, string]>([
      ['only slashes', '////'],
      ['slashes and spaces', ' / / / '],
      ['only dashes', '- - -'],
      ['em dash', '—'],
      ['only punctuation', '.,;:!?()[]{}"\'“”«»'],
      ['unclosed quote', 'MANDATORY CREDIT "AFP PHOTO / SANA'],
      ['emoji', '📷🙂 / 🎉'],
      ['emoji with joiners', '👩‍👩‍👧 / AFP'],
      ['lone surrogates', '\ud83d / \udc00 AFP'],
      ['control characters', '\u0000John\u0007 Doe\u001b / A\u0008FP'],
      ['zero-width characters', '\u200bJohn\u200d Doe / \ufeffAFP'],
      ['right-to-left text', 'محمد علي / وكالة الأنباء'],
      ['chinese', '王小明 / 新华社'],
      ['only digits', '2024 / 123'],
      ['very long name', `${'John Doe '.repeat(20_000)}/ AFP`],
      ['very long dash run', `a${'-'.repeat(100_000)}b`],
      ['many separators', 'a/'.repeat(50_000)],
      ['many unclosed quotes', '“'.repeat(50_000)],
      ['regexp metacharacters', '.*+?^${}()|[]\\ / AFP'],
      ['html', '<script>alert(1)</script> / AFP'],
      ['via only', 'via via via'],
      ['for only', 'for / for'],
      ['©', '©'],
    ])('%s', (_label, input) => {
      expect(() => parseCredit(input)).not.toThrow();
      expectWellFormed(input);
    });

    test('long inputs stay fast (no catastrophic backtracking)', () => {
      const started = Date.now();
      parseCredit(`${'NETHERLANDS '.repeat(20_000)}OUT`);
      parseCredit(`x ${'.'.repeat(100_000)} y`);
      parseCredit(`${' '.repeat(10)}${'Pool '.repeat(20_000)}`);
      expect(Date.now() - started).toBeLessThan(2_000);
    });

    test('500 seeded random credit-like strings', () => {
      const pieces = [
        'AFP',
        'Reuters',
        ' / ',
        ' - ',
        '-',
        'via ',
        'for ',
        'OUT',
        'NO ',
        'al-',
        'É',
        '王',
        '📷',
        '"',
        '“',
        '(',
        ')',
        ',',
        '.',
        ';',
        '|',
        ' ',
        '\u0000',
        '\u200b',
        '©',
        '(c)',
        'http://',
        '@',
        'The ',
        'Pool',
        'HANDOUT',
      ];
      let seed = 20_240_101;
      const next = (limit: number): number => {
        seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
        return seed % limit;
      };
      for (let run = 0; run < 500; run += 1) {
        let input = '';
        for (let count = next(30); count > 0; count -= 1) input += pieces[next(pieces.length)];
        expect(() => parseCredit(input)).not.toThrow();
        expectWellFormed(input);
      }
    });
  });
});
