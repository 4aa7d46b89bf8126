import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { GrantPublicReadResponse, SettingsResponse, SettingsUpdateBody, SetupRolesResponse } from '../../../server/src/contracts/settings';
import type { ApiTokenSummary } from '../types';
import { useApiResource } from './useApiResource';

export const useNewsroomSettings = () => useApiResource<SettingsResponse>('/newsroom/settings');

/** API tokens to choose the entitled ones from (null path when the user may not read them). */
export const useApiTokens = (canRead: boolean) => useApiResource<{ data: ApiTokenSummary[] }>(canRead ? '/admin/api-tokens' : null);

export const useSettingsActions = () => {
  const { put, post } = useFetchClient();
  const save = React.useCallback(
    async (changes: SettingsUpdateBody) => (await put<SettingsResponse>('/newsroom/settings', changes)).data.data,
    [put],
  );
  const setupRoles = React.useCallback(
    async () => (await post<SetupRolesResponse>('/newsroom/settings/setup-roles', {})).data.data,
    [post],
  );
  const grantPublicRead = React.useCallback(
    async () => (await post<GrantPublicReadResponse>('/newsroom/settings/grant-public-read', {})).data.data,
    [post],
  );
  return { save, setupRoles, grantPublicRead };
};
