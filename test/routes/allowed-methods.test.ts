import { describe, expect, it } from "vitest";
import { allowedMethods } from "../../src/routes/allowed-methods";

const routes = [
  { method: "ALL", path: "*" },
  { method: "GET", path: "/quizzes/:id" },
  { method: "POST", path: "/quizzes/:id" },
  { method: "GET", path: "/teacher" },
  { method: "DELETE", path: "/api/quizzes/:id{[a-z0-9-]+}" },
];

describe("allowedMethods", () => {
  it("lists the methods of the routes matching the path, HEAD with GET, middleware aside", () => {
    expect(allowedMethods(routes, "/quizzes/abc")).toEqual(["GET", "HEAD", "POST"]);
    expect(allowedMethods(routes, "/teacher/")).toEqual(["GET", "HEAD"]);
  });

  it("is empty for an address no route has, and follows a parameter's pattern", () => {
    expect(allowedMethods(routes, "/nowhere")).toEqual([]);
    expect(allowedMethods(routes, "/quizzes/abc/more")).toEqual([]);
    expect(allowedMethods(routes, "/api/quizzes/abc-1")).toEqual(["DELETE"]);
    expect(allowedMethods(routes, "/api/quizzes/ABC")).toEqual([]);
  });
});
