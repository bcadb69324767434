import sax from 'sax';

/** An element of a parsed XML document, with the namespace its name resolves to. */
export interface XmlElement {
  /** The name as written, e.g. `image:loc`. */
  name: string;
  /** The name without its prefix, e.g. `loc`. */
  local: string;
  /** The namespace URI the element is in. */
  uri: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text, entities decoded (not that of its children). */
  text: string;
}

/**
 * Parses `xml` with sax in strict, namespace-aware mode, so that anything a crawler's parser
 * would reject (a stray `&`, a tag left open, an undeclared prefix such as `image:`) throws.
 */
export function parseXml(xml: string): XmlElement {
  const parser = sax.parser(true, { xmlns: true });
  const open: XmlElement[] = [];
  let root: XmlElement | undefined;

  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => {
    const { name, local, uri, attributes } = tag as sax.QualifiedTag;
    const element: XmlElement = {
      name,
      local,
      uri,
      attributes: Object.fromEntries(
        Object.values(attributes).map((attribute) => [attribute.name, attribute.value]),
      ),
      children: [],
      text: '',
    };
    const parent = open.at(-1);
    if (parent) parent.children.push(element);
    else root = element;
    open.push(element);
  };
  parser.ontext = (text) => {
    const current = open.at(-1);
    if (current) current.text += text;
  };
  parser.onclosetag = () => {
    open.pop();
  };
  parser.write(xml).close();

  if (!root) throw new Error('The document has no root element');
  return root;
}

/** The children of `element` with the qualified name `name`. */
export const childrenNamed = (element: XmlElement, name: string): XmlElement[] =>
  element.children.filter((child) => child.name === name);

/** The text of the first child named `name`, or undefined when there is none. */
export const childText = (element: XmlElement, name: string): string | undefined =>
  childrenNamed(element, name)[0]?.text;
