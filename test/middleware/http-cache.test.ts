import { describe, expect, it } from "vitest";
import { ifNoneMatchHas, prerender } from "../../src/middleware/http-cache";

describe("ifNoneMatchHas", () => {
  it("compares weakly, in a list, and takes * for any", () => {
    expect(ifNoneMatchHas('"r4-cd"', '"r4-cd"')).toBe(true);
    expect(ifNoneMatchHas('W/"r4-cd"', '"r4-cd"')).toBe(true);
    expect(ifNoneMatchHas('"r3-ab" , "r4-cd"', '"r4-cd"')).toBe(true);
    expect(ifNoneMatchHas("*", '"r4-cd"')).toBe(true);
    expect(ifNoneMatchHas('"r3-ab"', '"r4-cd"')).toBe(false);
    expect(ifNoneMatchHas(undefined, '"r4-cd"')).toBe(false);
    expect(ifNoneMatchHas("", '"r4-cd"')).toBe(false);
  });
});

describe("prerender", () => {
  it("tags the bytes with their version and hash: other bytes or another version, another tag", async () => {
    const a = await prerender(new Response("un"), "r1");
    expect(a.etag).toMatch(/^"r1-[0-9a-f]{24}"$/);
    expect(new TextDecoder().decode(a.body)).toBe("un");
    expect((await prerender(new Response("un"), "r1")).etag).toBe(a.etag);
    expect((await prerender(new Response("deux"), "r1")).etag).not.toBe(a.etag);
    expect((await prerender(new Response("un"), "r2")).etag).not.toBe(a.etag);
  });
});
