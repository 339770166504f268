/**
 * @module
 * Wrangler bundles `*.txt` files as Text modules: importing one gives its contents as a string.
 */
declare module "*.txt" {
  const text: string;
  export default text;
}
