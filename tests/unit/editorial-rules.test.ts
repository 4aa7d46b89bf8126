import { EDITORIAL_ACTIONS, EDITORIAL_TRANSITIONS, type EditorialAction, isEditorialAllowed, isEditorialStatus } from '../../server/src/domain/brief/editorial-rules';
import { EDITORIAL_STATUSES, type EditorialStatus } from '../../server/src/domain/contract';
import { NEWSROOM_ACTIONS } from '../../server/src/contracts/permissions';
import { ACTION_DEFINITIONS } from '../../server/src/permissions';
import { PERMISSIONS } from '../../admin/src/pluginId';

describe('editorial transitions (the server enforces them, the admin offers only these)', () => {
  test.each<[EditorialAction, EditorialStatus, boolean]>([
    ['kill', 'usable', true],
    ['kill', 'withheld', true],
    ['kill', 'killed', false],
    ['withhold', 'usable', true],
    ['withhold', 'withheld', false],
    ['withhold', 'killed', false],
    ['release', 'withheld', true],
    ['release', 'usable', false],
    ['release', 'killed', false],
  ])('%s from %s: %s', (action, status, allowed) => {
    expect(isEditorialAllowed(action, status)).toBe(allowed);
  });

  test('each action lands on its status, records its event and says whether it needs a reason', () => {
    expect(EDITORIAL_ACTIONS.map((action) => [action, EDITORIAL_TRANSITIONS[action].to, EDITORIAL_TRANSITIONS[action].event, EDITORIAL_TRANSITIONS[action].needsReason])).toEqual([
      ['kill', 'killed', 'brief.killed', true],
      ['withhold', 'withheld', 'brief.withheld', true],
      ['release', 'usable', 'brief.released', false],
    ]);
  });

  test.each<[unknown, boolean]>([...EDITORIAL_STATUSES.map((status): [unknown, boolean] => [status, true]), ['published', false], [undefined, false], [null, false]])(
    'isEditorialStatus(%p) = %p',
    (value, expected) => {
      expect(isEditorialStatus(value)).toBe(expected);
    },
  );
});

describe('permission ids', () => {
  test('the registered actions are the ids the routes require and the admin checks', () => {
    expect(ACTION_DEFINITIONS.map((definition) => `plugin::newsroom.${definition.uid}`).sort()).toEqual(Object.values(NEWSROOM_ACTIONS).sort());
    expect(PERMISSIONS.killBriefs).toEqual([{ action: 'plugin::newsroom.briefs.kill', subject: null }]);
    expect(PERMISSIONS.manageWebhooks).toEqual([{ action: 'plugin::newsroom.webhooks.manage', subject: null }]);
  });
});
