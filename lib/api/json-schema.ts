import { z } from "zod";

type JsonSchema = Record<string, unknown>;
type Options = { io?: "input" | "output"; override?: (zodSchema: unknown, jsonSchema: JsonSchema) => void };

// zod writes a regex beside `format: date-time` and the safe-integer bound beside every int;
// both are true but drown the document. The format says it, and JSON numbers are the bound.
function tidy(jsonSchema: JsonSchema) {
  if (typeof jsonSchema.format === "string" && typeof jsonSchema.pattern === "string") delete jsonSchema.pattern;
  if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
  if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
}

/** One zod schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect), without `$schema`. */
export function toJsonSchema(schema: z.ZodType, { io = "output", override }: Options = {}): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    override: (ctx) => {
      tidy(ctx.jsonSchema);
      override?.(ctx.zodSchema, ctx.jsonSchema);
    },
  });
  return rest;
}

/** Named schemas as OpenAPI components, referring to each other by `#/components/schemas/<name>`. */
export function toComponents(schemas: Record<string, z.ZodType>): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: converted } = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    uri: (id) => `#/components/schemas/${id}`,
    override: (ctx) => tidy(ctx.jsonSchema),
  });
  return Object.fromEntries(Object.entries(converted).map(([id, { $schema: _s, $id: _i, ...rest }]) => [id, rest as JsonSchema]));
}
