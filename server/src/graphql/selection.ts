import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { ALL_BRIEF_RELATIONS, NO_BRIEF_RELATIONS, type BriefRelations } from '../domain/brief/read-relations';

/**
 * The fields selected under `path` from the resolver's field (`['data']`, `['data', 'brief']`), fragments and inline
 * fragments included, every alias of a field together. @skip/@include are not evaluated: a skipped field still counts,
 * which can only compute more, never less.
 */
export const selectedFieldNodes = (info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): FieldNode[] => {
  const fieldsOf = (selectionSets: readonly (SelectionSetNode | undefined)[]): FieldNode[] =>
    selectionSets.flatMap((selectionSet) =>
      (selectionSet?.selections ?? []).flatMap((selection): FieldNode[] => {
        if (selection.kind === Kind.FIELD) return [selection];
        if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf([selection.selectionSet]);
        return fieldsOf([info.fragments[selection.name.value]?.selectionSet]);
      }),
    );
  let fields = fieldsOf(info.fieldNodes.map((node) => node.selectionSet));
  for (const name of path) fields = fieldsOf(fields.filter((field) => field.name.value === name).map((field) => field.selectionSet));
  return fields;
};

export const selectedFieldNames = (info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): Set<string> =>
  new Set(selectedFieldNodes(info, path).map((field) => field.name.value));

/** The relations a brief selection needs: each relation its own field; ninjs is built from the whole brief. */
export const relationsFor = (briefFields: Set<string>): BriefRelations => {
  if (briefFields.has('ninjs')) return ALL_BRIEF_RELATIONS;
  return {
    ...NO_BRIEF_RELATIONS,
    tags: briefFields.has('tags'),
    photo: briefFields.has('photo'),
    relatedBriefs: briefFields.has('relatedBriefs'),
    toll: briefFields.has('toll'),
    corrections: briefFields.has('corrections'),
  };
};
