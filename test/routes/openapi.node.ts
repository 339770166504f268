/**
 * The OpenAPI document against the OpenAPI 3.1 specification's own JSON Schema, with
 * @seriousme/openapi-schema-validator. In Node (vitest.node.config.ts), not workerd: the
 * validator reads its schemas from node_modules and compiles them with Ajv. The document is the
 * one the Worker serves: the same function over the same app. test/routes/openapi.test.ts checks
 * it in workerd, as served.
 */
import { Validator } from "@seriousme/openapi-schema-validator";
import { beforeAll, describe, expect, it } from "vitest";
import app from "../../src/index";
import { openApiDocument } from "../../src/routes/openapi";
import type { OpenApiDocument } from "../../src/views/docs-page";

let document: OpenApiDocument;

beforeAll(async () => {
  document = await openApiDocument(app);
});

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document) as Record<string, unknown>);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("would be refused if it were not (the validator does check)", async () => {
    const broken = structuredClone(document) as unknown as {
      paths: Record<string, Record<string, { responses: unknown }>>;
    };
    const list = broken.paths["/api/quizzes"]?.get;
    if (!list) throw new Error("GET /api/quizzes is not documented");
    list.responses = { 200: { content: {} } }; // a response needs a description
    const result = await new Validator().validate(broken as unknown as Record<string, unknown>);
    expect(result.valid).toBe(false);
  });

  it("describes every /api route of the app", () => {
    const served = new Set(
      app.routes
        .filter((route) => route.path.startsWith("/api/") && route.method !== "ALL")
        .map((route) => `${route.method.toLowerCase()} ${route.path.replace(/:(\w+)/g, "{$1}")}`),
    );
    const documented = new Set(
      Object.entries(document.paths).flatMap(([path, item]) =>
        Object.keys(item ?? {}).map((method) => `${method} ${path}`),
      ),
    );
    expect([...documented].sort()).toEqual([...served].sort());
    // 10 quiz routes, visibility, 9 assignment routes, 2 join routes, 10 review routes.
    expect(served.size).toBe(32);
  });
});
