/** A small element builder: panels build their DOM from data, never from HTML strings (no injection). */
type Child = Node | string | number | false | null | undefined;
type Attributes = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, '').toLowerCase(), value);
    else if (name === 'className') element.className = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** A codicon (`codicon('error')`), the icon font VS Code itself uses. */
export function codicon(name: string, label?: string): HTMLElement {
  const icon = h('span', { className: `codicon codicon-${name}`, 'aria-hidden': label ? undefined : 'true' });
  if (label) {
    icon.setAttribute('role', 'img');
    icon.setAttribute('aria-label', label);
  }
  return icon;
}

export function clear(element: Element): void {
  element.replaceChildren();
}
