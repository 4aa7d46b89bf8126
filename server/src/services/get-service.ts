import type { Core } from '@strapi/strapi';
// Type-only: services import this module at load time, so it must not import them back (no cycle at run time).
import type services from './index';

type ServiceFactories = typeof services;
export type ServiceName = keyof ServiceFactories;
export type NewsroomService<Name extends ServiceName> = ReturnType<ServiceFactories[Name]>;

/** Typed access to the plugin's services (Strapi's own accessor returns an untyped object). */
export const getService = <Name extends ServiceName>(strapi: Core.Strapi, name: Name): NewsroomService<Name> =>
  strapi.plugin('newsroom').service(name) as NewsroomService<Name>;
