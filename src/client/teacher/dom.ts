/**
 * @module
 * Small DOM helpers of the teacher page: elements by id, new elements, emptying.
 */

/**
 * The element of the page with this id; the page's shell (src/pages/teacher-page.tsx) has them
 * all, so a missing one is a bug, reported at once.
 *
 * @example
 * byId<HTMLInputElement>("search").value;
 */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The teacher page has no #${id}.`);
  return found as T;
}

/** The first element under `root` that `selector` matches; missing: a bug, reported at once. */
export function find<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T & Element>(selector);
  if (!found) throw new Error(`Nothing matches ${selector}.`);
  return found;
}

/**
 * A new element with these attributes and, when given, this text.
 *
 * @example
 * element("span", { class: "hint" }, " · 10 questions");
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Removes every child of `node`. */
export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** `3 questions`, `1 copie`: French puts 0 and 1 in the singular. */
export function plural(count: number, word: string): string {
  return `${count} ${count > 1 ? `${word}s` : word}`;
}

/**
 * Calls `handle` with the value of `attribute` of the button clicked inside `container` that
 * carries it: one listener for buttons added and removed as the page changes.
 *
 * @example
 * onButton(list, "data-quiz-id", (id) => open(id));
 */
export function onButton(
  container: HTMLElement,
  attribute: string,
  handle: (value: string, button: Element) => void,
): void {
  container.addEventListener("click", (event) => {
    const button = (event.target as Element).closest(`button[${attribute}]`);
    if (button) handle(button.getAttribute(attribute) ?? "", button);
  });
}
