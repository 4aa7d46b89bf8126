import type { Core } from '@strapi/strapi';
import {
  getArgumentValues,
  getNamedType,
  getVariableValues,
  GraphQLError,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { FieldError } from '../domain/contract';
import { findBadFilter, findUnstorableText, isRowId } from '../domain/validation';
import { formatFieldPath } from '../domain/toll/field-path';
import { attributeResolver } from '../middlewares/attribute-kinds';
import { controlCharacters, invalidId } from '../middlewares/field-errors';
import { fileInfoProblem } from '../middlewares/upload-input';

/** The part of Strapi's GraphQL services the guard uses: its names of filter inputs and its filters mapping. */
interface GraphqlUtils {
  naming: { getFiltersInputTypeName: (contentType: object) => string };
  mappers: { graphQLFiltersToStrapiQuery: (filters: unknown, contentType: object) => unknown };
}

/** A REST guard's error, said of one field of the operation (`…, in uploadFiles`). */
const inField = (problem: FieldError, field: string): FieldError => ({ ...problem, message: `${problem.message}, in ${field}` });

/** Upload's generated type: its polymorphic `related` fails in Strapi 5.54 ("Missing schema in validateQuery"). */
const UPLOAD_FILE_TYPE = 'UploadFile';

/**
 * The first argument of an operation the database or Strapi would answer with an internal error, in the REST
 * guard's terms: text with NUL or other control characters, `filters` the database cannot run (domain/validation's
 * findBadFilter, on Strapi's own mapping of GraphQL filters), an Upload file id past int4 or not a number, file
 * information over its columns. Also `UploadFile.related`, which Strapi cannot resolve. Fragments are walked too.
 */
export const createArgumentChecker = (strapi: Core.Strapi) => {
  const utils = () => strapi.plugin('graphql').service('utils') as unknown as GraphqlUtils;
  const resolve = attributeResolver(strapi);
  let filterModels: Map<string, string> | null = null;
  /** `UploadFileFiltersInput` → `plugin::upload.file`, for every content type the schema has filters for. */
  const modelOfFilters = (inputName: string): string | null => {
    filterModels ??= new Map(Object.entries(strapi.contentTypes).map(([uid, contentType]) => [utils().naming.getFiltersInputTypeName(contentType), uid]));
    return filterModels.get(inputName) ?? null;
  };

  return (schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): FieldError | null => {
    const typeInfo = new TypeInfo(schema);
    const fragments = document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
    let problem: FieldError | null = null;
    visit(
      { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] },
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          if (problem) return false;
          const field = typeInfo.getFieldDef();
          const parent = typeInfo.getParentType();
          if (!field || !parent) return undefined;
          const name = node.name.value;
          if (parent.name === UPLOAD_FILE_TYPE && name === 'related') {
            problem = { path: [name], code: 'field.invalid', message: `related cannot be selected on ${UPLOAD_FILE_TYPE}: Strapi's GraphQL cannot resolve this polymorphic relation (read a brief's photo from the brief)` };
            return false;
          }
          let args: Record<string, unknown>;
          try {
            args = getArgumentValues(field, node, variables);
          } catch {
            return undefined; // GraphQL's own validation answers arguments that do not fit their types
          }
          const text = findUnstorableText(args);
          if (text) {
            problem = inField(controlCharacters(text), name);
            return false;
          }
          const filtersArg = field.args.find((argument) => argument.name === 'filters');
          const model = filtersArg && args.filters ? modelOfFilters(getNamedType(filtersArg.type).name) : null;
          if (model) {
            const strapiFilters = utils().mappers.graphQLFiltersToStrapiQuery(args.filters, strapi.getModel(model as Parameters<Core.Strapi['getModel']>[0]));
            const bad = findBadFilter(strapiFilters, model, resolve);
            if (bad) {
              // In GraphQL's names: `filters.size.contains`, not Strapi's `$contains`.
              const path = bad.path.map((segment) => (typeof segment === 'string' ? segment.replace(/^\$/, '') : segment));
              problem = inField({ path, code: bad.code, message: `${formatFieldPath(path)} ${bad.message.replace(/\$(\w+)/g, '$1')}` }, name);
              return false;
            }
          }
          // Upload's mutations take the file's row id.
          if (getNamedType(field.type).name === UPLOAD_FILE_TYPE && parent === schema.getMutationType()) {
            if (args.id !== undefined && !isRowId(args.id)) {
              problem = inField(invalidId(['id'], 'a file id'), name);
              return false;
            }
            problem = fileInfoProblem(strapi, args.info, ['info']);
            if (problem) return false;
          }
          return undefined;
        },
      }),
    );
    return problem;
  };
};

/** Apollo plugin: the argument checks once the operation and its variables are known, before any resolver runs. */
export const argumentGuardPlugin = (strapi: Core.Strapi) => {
  const check = createArgumentChecker(strapi);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }: { schema: GraphQLSchema; document: DocumentNode; operation?: OperationDefinitionNode; request: { variables?: Record<string, unknown> } }) {
          if (!operation) return;
          const { coerced } = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (!coerced) return; // execution refuses variables that do not fit their types itself
          const problem = check(schema, document, operation, coerced);
          if (!problem) return;
          throw new GraphQLError(problem.message, {
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 }, error: { name: 'ValidationError', message: problem.message, details: { errors: [problem] } } },
          });
        },
      };
    },
  };
};
