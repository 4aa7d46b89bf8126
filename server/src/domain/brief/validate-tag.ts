import { TAG_KINDS, type FieldError, type TagKind } from '../contract';

export const validateTagFields = (data: Record<string, unknown>, mode: 'create' | 'update'): FieldError[] => {
  const errors: FieldError[] = [];
  const { name, kind, slug } = data;
  if (mode === 'create' || name !== undefined) {
    if (typeof name !== 'string' || !name.trim()) errors.push({ path: ['name'], message: 'name is required' });
    else if (name.length > 100) errors.push({ path: ['name'], message: 'name must be at most 100 characters' });
  }
  if (kind !== undefined && kind !== null && !TAG_KINDS.includes(kind as TagKind))
    errors.push({ path: ['kind'], message: `kind must be one of ${TAG_KINDS.join(', ')}` });
  if (slug !== undefined && slug !== null && (typeof slug !== 'string' || slug.length > 120))
    errors.push({ path: ['slug'], message: 'slug must be text of at most 120 characters' });
  return errors;
};
