import { createRequire } from 'node:module';

/** A JSON Schema as GitHub's OpenAPI description writes it (the subset we check). */
interface Schema {
  $ref?: string;
  type?: string | string[];
  nullable?: boolean;
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
}
interface Response {
  $ref?: string;
  content?: Record<string, { schema: Schema }>;
}
interface Document {
  paths: Record<string, Record<string, { responses: Record<string, Response> }>>;
  components: { schemas: Record<string, Schema>; responses?: Record<string, Response> };
}

const require = createRequire(import.meta.url);
// Loaded once per process: the descriptions are large (13 MB), the dereferenced ones larger still.
let rest: Document | null = null;
let webhooks: Document | null = null;
const restApi = () => (rest ??= require('@octokit/openapi/generated/api.github.com.json') as Document);
const webhookApi = () => (webhooks ??= require('@octokit/openapi-webhooks/generated/api.github.com.json') as Document);

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);

/**
 * Problems of `value` against `schema`: types, enums and, when `strict`, the
 * required fields; with `strict` off, only the fields present are checked (for
 * test payloads that carry just the fields eval-gate reads).
 */
export function problems(doc: Document, schema: Schema, value: unknown, path: string, strict: boolean): string[] {
  if (schema.$ref) return problems(doc, doc.components.schemas[schema.$ref.split('/').pop() ?? ''] ?? {}, value, path, strict);
  if (schema.allOf) return schema.allOf.flatMap((s) => problems(doc, s, value, path, strict));
  const options = schema.anyOf ?? schema.oneOf;
  if (options) {
    const each = options.map((s) => problems(doc, s, value, path, strict));
    return each.some((p) => p.length === 0) || (value === null && schema.nullable)
      ? []
      : (each.sort((a, b) => a.length - b.length)[0] ?? []);
  }
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  if (schema.nullable) types.push('null');
  const actual = typeOf(value);
  if (types.length && !types.includes(actual) && !(actual === 'integer' && types.includes('number'))) {
    return [`${path}: expected ${types.join(' or ')}, got ${actual}`];
  }
  if (schema.enum && !schema.enum.includes(value))
    return [`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`];
  if (actual === 'array' && schema.items)
    return (value as unknown[]).flatMap((v, i) => problems(doc, schema.items as Schema, v, `${path}[${i}]`, strict));
  if (actual !== 'object') return [];
  const object = value as Record<string, unknown>;
  const missing = strict ? (schema.required ?? []).filter((k) => !(k in object)).map((k) => `${path}.${k}: required, missing`) : [];
  const fields = Object.entries(object).flatMap(([k, v]) => {
    const property = schema.properties?.[k];
    return property ? problems(doc, property, v, `${path}.${k}`, strict) : [];
  });
  return [...missing, ...fields];
}

/** Checks a response our fake sent against the operation's documented response for that status. */
export function responseProblems(route: string, method: string, status: number, body: unknown, strict = true): string[] {
  const doc = restApi();
  const operation = doc.paths[route]?.[method.toLowerCase()];
  if (!operation) return [`${method} ${route}: no such operation in GitHub's description`];
  const listed = operation.responses[String(status)];
  const response = listed?.$ref ? doc.components.responses?.[listed.$ref.split('/').pop() ?? ''] : listed;
  if (!response) return [`${method} ${route}: GitHub documents no ${status} response`];
  const schema = response.content?.['application/json']?.schema;
  if (!schema) return body === null || body === undefined || body === '' ? [] : [`${method} ${route} ${status}: documented without a body`];
  return problems(doc, schema, body, `${method} ${route} ${status}`, strict);
}

/** Checks an event payload our tests feed against the webhook's schema (the fields present). */
export function eventProblems(schemaName: string, payload: unknown): string[] {
  const doc = webhookApi();
  const schema = doc.components.schemas[schemaName];
  return schema ? problems(doc, schema, payload, schemaName, false) : [`no webhook schema ${schemaName}`];
}
