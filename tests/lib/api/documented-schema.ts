import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { buildOpenApiDocument } from "@/lib/api/openapi";

// Validators for parts of the served document, resolved inside it by JSON pointer, so a test
// checks exactly what a client reads (refs to components included).

export const document = buildOpenApiDocument();
type Operation = { parameters?: { name: string; style?: string; schema: { type?: string } }[] };

// Not strict: the document root carries OpenAPI keywords (openapi, paths, …) that are not JSON Schema.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(document, "openapi.json");

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

const compiled = new Map<string, ReturnType<typeof ajv.compile>>();

/** Validates a value against the schema at a path of the document; returns the errors, [] when valid. */
function validateAt(path: string, value: unknown): string[] {
  const validate = compiled.get(path) ?? ajv.compile({ $ref: `openapi.json#/${path}` });
  compiled.set(path, validate);
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
}

/** Errors of a response body against what the document says `method path` answers with `status`. */
export function responseErrors(path: string, method: string, status: number, body: unknown, mediaType = "application/json"): string[] {
  return validateAt(pointer("paths", path, method, "responses", String(status), "content", mediaType, "schema"), body);
}

/** Whether the document's schema of a query parameter admits a raw query-string value. */
export function documentedParameterAccepts(path: string, method: string, name: string, raw: string): boolean {
  const parameters = (document.paths as Record<string, Record<string, Operation>>)[path][method].parameters ?? [];
  const index = parameters.findIndex((p) => p.name === name);
  if (index < 0) throw new Error(`${method} ${path} documents no parameter ${name}`);
  const { style, schema } = parameters[index];
  const value = style === "form" && schema.type === "array" ? raw.split(",") : schema.type === "integer" ? Number(raw) : raw;
  return validateAt(pointer("paths", path, method, "parameters", String(index), "schema"), value).length === 0;
}

/** Errors of a request body against what the document says `method path` takes. */
export function requestBodyErrors(path: string, method: string, body: unknown, mediaType = "application/json"): string[] {
  return validateAt(pointer("paths", path, method, "requestBody", "content", mediaType, "schema"), body);
}
