import { internalErrorDetailsPlugin } from '../../server/src/graphql/internal-errors';

type Errors = { message: string; extensions?: Record<string, unknown> }[];

const send = async (kind: string, errors: Errors) => {
  const response = { body: { kind, singleResult: { errors } } };
  const hooks = await internalErrorDetailsPlugin().requestDidStart();
  await hooks.willSendResponse({ response });
  return response.body.singleResult.errors;
};

const SQL = { name: 'error', message: 'select "t0".* from "public"."files" as "t0" where ("t0"."name" = $1) - invalid byte sequence for encoding "UTF8": 0x00' };

describe('internal GraphQL errors reach the client without details', () => {
  test.each<[string, string, Errors, Errors]>([
    [
      "Strapi's formatter copies the driver's message (the SQL) into extensions.error",
      'single',
      [{ message: 'Internal Server Error', extensions: { code: 'INTERNAL_SERVER_ERROR', error: SQL } }],
      [{ message: 'Internal Server Error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    ],
    [
      'validation errors keep what they name',
      'single',
      [{ message: 'slug must not contain control characters', extensions: { code: 'BAD_USER_INPUT', error: { name: 'ValidationError', details: { errors: [{ path: ['slug'] }] } } } }],
      [{ message: 'slug must not contain control characters', extensions: { code: 'BAD_USER_INPUT', error: { name: 'ValidationError', details: { errors: [{ path: ['slug'] }] } } } }],
    ],
    ['errors without extensions pass', 'single', [{ message: 'Syntax Error' }], [{ message: 'Syntax Error' }]],
    [
      'incremental responses are left alone',
      'incremental',
      [{ message: 'Internal Server Error', extensions: { code: 'INTERNAL_SERVER_ERROR', error: SQL } }],
      [{ message: 'Internal Server Error', extensions: { code: 'INTERNAL_SERVER_ERROR', error: SQL } }],
    ],
  ])('%s', async (_label, kind, errors, expected) => {
    expect(await send(kind, errors)).toEqual(expected);
  });
});
