/**
 * DOM reads that a page cannot clobber. A `<form>` exposes its controls as named properties that
 * shadow the built-in ones, and Chromium shows them to content scripts too: with
 * `<input name="hasAttribute">` in a form, `form.hasAttribute` is that input, not the method. So
 * every property the content script reads on a node that might be a form (anything it walks or
 * tests) goes through the getter or method found on the prototype, captured once when this module
 * loads. The page cannot change these prototypes: content scripts run in their own world.
 *
 * (Document and window named properties are not visible to content scripts in either browser; a
 * form's are, so nodes are what need this.)
 */

type Read<T, R> = (target: T) => R;

/** Finds `name` on `proto` or up its prototype chain, never on an instance. */
function descriptorOf(proto: object | undefined, name: string): PropertyDescriptor | undefined {
  for (let current: object | null | undefined = proto; current; current = Object.getPrototypeOf(current) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(current, name);
    if (descriptor) return descriptor;
  }
  return undefined;
}

/** A getter of `proto`, called on any target. Falls back to a plain read where a test DOM has no getter. */
function getter<T, R>(proto: object | undefined, name: string): Read<T, R> {
  const get = descriptorOf(proto, name)?.get as ((this: T) => R) | undefined;
  if (get) return (target) => get.call(target);
  return (target) => (target as Record<string, R>)[name]!;
}

/** A method of `proto` taking at most one argument, called on any target. */
function method<T, A, R>(proto: object | undefined, name: string): (target: T, arg: A) => R {
  const fn = descriptorOf(proto, name)?.value as ((this: T, arg: A) => R) | undefined;
  if (typeof fn === 'function') return (target, arg) => fn.call(target, arg);
  return (target, arg) => (target as Record<string, (a: A) => R>)[name]!(arg);
}

const NodeProto: object | undefined = typeof Node === 'function' ? Node.prototype : undefined;
const ElementProto: object | undefined = typeof Element === 'function' ? Element.prototype : undefined;
const DataProto: object | undefined = typeof CharacterData === 'function' ? CharacterData.prototype : undefined;

export const nodeType: Read<Node, number> = getter(NodeProto, 'nodeType');
export const parentNode: Read<Node, (Node & ParentNode) | null> = getter(NodeProto, 'parentNode');
export const firstChild: Read<Node, ChildNode | null> = getter(NodeProto, 'firstChild');
export const nextSibling: Read<Node, ChildNode | null> = getter(NodeProto, 'nextSibling');
export const isConnected: Read<Node, boolean> = getter(NodeProto, 'isConnected');

export const tagName: Read<Element, string> = getter(ElementProto, 'tagName');
export const namespaceURI: Read<Element, string | null> = getter(ElementProto, 'namespaceURI');
export const shadowRoot: Read<Element, ShadowRoot | null> = getter(ElementProto, 'shadowRoot');
export const previousElementSibling: Read<Element, Element | null> = getter(ElementProto, 'previousElementSibling');
export const nextElementSibling: Read<Element, Element | null> = getter(ElementProto, 'nextElementSibling');
const hasAttributesOf: (element: Element, none: void) => boolean = method(ElementProto, 'hasAttributes');
export const hasAttributes = (element: Element): boolean => hasAttributesOf(element, undefined);
export const getAttribute: (element: Element, name: string) => string | null = method(ElementProto, 'getAttribute');


/** A text node's characters. */
export const textData: Read<CharacterData, string> = getter(DataProto, 'data');

/** ShadowRoot and Text cannot carry named properties; kept here so every node read has one home. */
export const shadowHost = (root: ShadowRoot): Element => root.host;

export const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;
export const DOCUMENT_NODE = 9;
export const FRAGMENT_NODE = 11;

/**
 * Every property name read through this module, for the clobbering test: a hostile page names a
 * form control after each of them (and after every other Node and Element property besides).
 */
export const READ_PROPERTIES = [
  'nodeType',
  'parentNode',
  'firstChild',
  'nextSibling',
  'isConnected',
  'tagName',
  'namespaceURI',
  'shadowRoot',
  'previousElementSibling',
  'nextElementSibling',
  'hasAttributes',
  'getAttribute',
  'data',
] as const;
