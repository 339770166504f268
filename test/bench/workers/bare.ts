/**
 * @module
 * The floor: a Worker that answers "ok" to everything, with no framework.
 */
export default {
  fetch(): Response {
    return new Response("ok");
  },
} satisfies ExportedHandler;
