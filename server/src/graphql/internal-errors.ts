/** What Apollo hands a plugin's willSendResponse (the part we change). */
interface OutgoingResponse {
  response: { body: { kind: string; singleResult?: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> } } };
}

/**
 * Apollo plugin: an internal error reaches the client as `Internal Server Error` and nothing else. Strapi's formatter
 * logs the error and then copies its message into `extensions.error`: for a database error, the SQL statement with
 * the schema, table and column names.
 */
export const internalErrorDetailsPlugin = () => ({
  async requestDidStart() {
    return {
      async willSendResponse({ response }: OutgoingResponse) {
        if (response.body.kind !== 'single') return;
        for (const error of response.body.singleResult?.errors ?? []) {
          if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') delete error.extensions.error;
        }
      },
    };
  },
});
