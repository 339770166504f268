/**
 * @module
 * `/docs`: the OpenAPI document as a plain page, rendered ahead from the document itself into a
 * static file (src/routes/api-docs.tsx; no Swagger UI, nothing from a CDN): every operation with its parameters, body and
 * responses, then every schema. The API speaks English, and so does the whole page.
 */
import type { Child } from "hono/jsx";
import type { generateSpecs } from "hono-openapi";
import { Layout } from "./layout";

/** The OpenAPI document, as hono-openapi generates it and `/openapi.json` serves it. */
export type OpenApiDocument = Awaited<ReturnType<typeof generateSpecs>>;

/** A JSON Schema, read loosely: the document's schemas as the page needs them. */
interface Schema {
  $ref?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  required?: string[];
  description?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
}

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Schema;
}

interface Media {
  schema?: Schema;
}

interface Response {
  $ref?: string;
  description?: string;
  content?: Record<string, Media>;
}

interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: { description?: string; content?: Record<string, Media> };
  responses?: Record<string, Response>;
}

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

/** Every operation, in the document's order of paths. */
function operations(document: OpenApiDocument) {
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const operation = (item as Record<string, Operation | undefined>)[method];
      return operation ? [{ path, method, operation }] : [];
    }),
  );
}

function anchor({
  method,
  path,
  operation,
}: {
  method: string;
  path: string;
  operation: Operation;
}) {
  return `op-${operation.operationId ?? `${method}-${path.replace(/\W+/g, "-")}`}`;
}

/**
 * The page.
 *
 * @example
 * renderPage(c, <DocsPage document={await openApiDocument(app)} />);
 */
export function DocsPage({ document }: { document: OpenApiDocument }) {
  const listed = operations(document);
  const schemas = Object.entries(document.components?.schemas ?? {}) as [string, Schema][];
  const responses = (document.components?.responses ?? {}) as Record<string, Response>;
  return (
    <Layout title="API documentation" lang="en" styles={["/tools.css"]}>
      <h1>API documentation</h1>
      <p>
        The complete OpenAPI 3.1 document, to import into a client or a code generator:{" "}
        <a href="/openapi.json">
          <code>/openapi.json</code>
        </a>
        . The teachers' page (in French) is{" "}
        <a href="/teacher" hreflang="fr">
          /teacher
        </a>
        .
      </p>
      <div class="api-docs">
        <p class="api-docs-title">
          {document.info.title} <span class="hint">{`version ${document.info.version}`}</span>
        </p>
        <Prose text={document.info.description ?? ""} />
        <nav aria-labelledby="operations-title">
          <h2 id="operations-title">Operations</h2>
          <ul class="api-operation-list">
            {listed.map((entry) => (
              <li>
                <a href={`#${anchor(entry)}`}>
                  <code>{`${entry.method.toUpperCase()} ${entry.path}`}</code>
                </a>{" "}
                {entry.operation.summary ?? ""}
              </li>
            ))}
          </ul>
        </nav>
        {listed.map((entry) => (
          <OperationView {...entry} id={anchor(entry)} responses={responses} />
        ))}
        <h2 id="schemas-title">Schemas</h2>
        {schemas.map(([name, schema]) => (
          <section
            class="api-schema"
            id={`schema-${name}`}
            aria-labelledby={`schema-${name}-title`}
          >
            <h3 id={`schema-${name}-title`}>
              <code>{name}</code>
            </h3>
            {schema.description ? <Prose text={schema.description} /> : null}
            <SchemaView schema={schema} />
          </section>
        ))}
      </div>
    </Layout>
  );
}

function OperationView({
  id,
  method,
  path,
  operation,
  responses,
}: {
  id: string;
  method: string;
  path: string;
  operation: Operation;
  responses: Record<string, Response>;
}) {
  const teacher = (operation.security ?? []).some((requirement) => "teacherToken" in requirement);
  return (
    <section class="api-operation" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        <code>{`${method.toUpperCase()} ${path}`}</code>
      </h2>
      <p>
        <strong>{operation.summary ?? ""}</strong>
        {teacher ? (
          <span class="api-badge"> · Teacher token: Authorization: Bearer &lt;token&gt;</span>
        ) : null}
      </p>
      {operation.description ? <Prose text={operation.description} /> : null}
      {operation.parameters?.length ? (
        <>
          <h3>Parameters</h3>
          <ul class="api-fields">
            {operation.parameters.map((parameter) => (
              <li>
                <code>{parameter.name}</code> <span class="hint">{`in ${parameter.in}`}</span>{" "}
                <TypeLabel schema={parameter.schema ?? {}} />{" "}
                <span class="hint">{parameter.required ? "required" : "optional"}</span>
                {parameter.description ? (
                  <>
                    {" — "}
                    <Prose text={parameter.description} inline />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {operation.requestBody ? (
        <>
          <h3>Request body</h3>
          {operation.requestBody.description ? (
            <Prose text={operation.requestBody.description} />
          ) : null}
          <ContentView content={operation.requestBody.content ?? {}} />
        </>
      ) : null}
      <h3>Responses</h3>
      <ul class="api-responses">
        {Object.entries(operation.responses ?? {}).map(([status, given]) => {
          const name = given.$ref?.split("/").pop();
          const response = name ? (responses[name] ?? {}) : given;
          return (
            <li>
              <strong>{status}</strong> <Prose text={response.description ?? ""} inline />
              <ContentView content={response.content ?? {}} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function ContentView({ content }: { content: Record<string, Media> }) {
  const entries = Object.entries(content);
  if (entries.length === 0) return null;
  return (
    <ul class="api-content">
      {entries.map(([media, { schema }]) => (
        <li>
          <code>{media}</code>
          {schema && schema.format !== "binary" ? (
            <>
              {": "}
              <TypeLabel schema={schema} />
              <Properties schema={schema} />
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** A schema's fields, one per line, nested ones indented. */
function SchemaView({ schema }: { schema: Schema }) {
  return (
    <div class="api-schema-type">
      <TypeLabel schema={schema} />
      <Properties schema={schema} />
    </div>
  );
}

function Properties({ schema }: { schema: Schema }): Child {
  const inner = schema.type === "array" && schema.items ? schema.items : schema;
  if (!inner.properties) return null;
  const required = new Set(inner.required ?? []);
  return (
    <ul class="api-fields">
      {Object.entries(inner.properties).map(([name, property]) => (
        <li>
          <code>{name}</code> <TypeLabel schema={property} />{" "}
          <span class="hint">{required.has(name) ? "required" : "optional"}</span>
          {property.description ? (
            <>
              {" — "}
              <Prose text={property.description} inline />
            </>
          ) : null}
          <Properties schema={property} />
        </li>
      ))}
    </ul>
  );
}

/** What a schema is, in a few words: `string, 1–200 characters`, `array of Evidence`… */
function TypeLabel({ schema }: { schema: Schema }): Child {
  if (schema.$ref) {
    const name = schema.$ref.split("/").pop() ?? schema.$ref;
    return <a href={`#schema-${name}`}>{name}</a>;
  }
  if (schema.const !== undefined) return <code>{JSON.stringify(schema.const)}</code>;
  if (schema.enum) {
    return (
      <span class="api-type">
        {"one of "}
        {schema.enum.map((value, index) => (
          <>
            {index > 0 ? ", " : ""}
            <code>{JSON.stringify(value)}</code>
          </>
        ))}
      </span>
    );
  }
  const union = schema.anyOf ?? schema.oneOf;
  if (union) {
    return (
      <span class="api-type">
        {union.map((member, index) => (
          <>
            {index > 0 ? " or " : ""}
            <TypeLabel schema={member} />
          </>
        ))}
      </span>
    );
  }
  if (schema.type === "array") {
    return (
      <span class="api-type">
        {"array of "}
        <TypeLabel schema={schema.items ?? {}} />
      </span>
    );
  }
  if (
    schema.type === "object" &&
    !schema.properties &&
    typeof schema.additionalProperties === "object"
  ) {
    return (
      <span class="api-type">
        {"object mapping strings to "}
        <TypeLabel schema={schema.additionalProperties} />
      </span>
    );
  }
  const type = Array.isArray(schema.type) ? schema.type.join(" or ") : (schema.type ?? "any");
  return <span class="api-type">{[type, ...constraints(schema)].join(", ")}</span>;
}

function constraints(schema: Schema): string[] {
  const found: string[] = [];
  const { minLength, maxLength, minimum, maximum } = schema;
  if (minLength !== undefined || maxLength !== undefined) {
    found.push(`${minLength ?? 0}–${maxLength ?? "∞"} characters`);
  }
  if (minimum !== undefined || maximum !== undefined) {
    found.push(`${minimum ?? "−∞"} to ${maximum ?? "∞"}`);
  }
  if (schema.pattern) found.push(`matching ${schema.pattern}`);
  if (schema.format) found.push(schema.format);
  return found;
}

/** Text with `code` spans, as the descriptions write them. */
function Prose({ text, inline = false }: { text: string; inline?: boolean }) {
  const parts = text
    .split(/`([^`]*)`/)
    .map((part, index) => (index % 2 === 1 ? <code>{part}</code> : part));
  return inline ? <span>{parts}</span> : <p>{parts}</p>;
}
