import { z } from 'zod';

/**
 * Strapi's blocks editor stores rich text as a tree of nodes. Pages render the subset below;
 * anything else (a node type from a newer editor, a malformed node) is left out rather than
 * breaking the page. Text is always escaped by Astro, so no HTML from the CMS reaches a page.
 */
export interface TextLeaf {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
}

export interface LinkInline {
  type: 'link';
  url: string;
  children: TextLeaf[];
}

export type Inline = TextLeaf | LinkInline;

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: Inline[] }
  | { type: 'quote'; children: Inline[] }
  | { type: 'code'; children: Inline[] }
  | { type: 'list'; format: 'ordered' | 'unordered'; children: { children: Inline[] }[] }
  | { type: 'image'; url: string; alt: string; width: number | null; height: number | null };

const textLeaf = z.object({
  type: z.literal('text'),
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  strikethrough: z.boolean().optional(),
  code: z.boolean().optional(),
});

const linkInline = z.object({
  type: z.literal('link'),
  // Only web and mail links: a `javascript:` URL from a pasted text must not become a link.
  url: z.string().regex(/^(https?:\/\/|mailto:|\/)/),
  children: z.array(textLeaf),
});

const inlines = z.array(z.unknown()).transform((nodes) =>
  nodes.flatMap((node): Inline[] => {
    const parsed = z.union([textLeaf, linkInline]).safeParse(node);
    return parsed.success ? [parsed.data] : [];
  }),
);

const block = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), children: inlines }),
  z.object({
    type: z.literal('heading'),
    level: z.union([1, 2, 3, 4, 5, 6].map((level) => z.literal(level)) as never),
    children: inlines,
  }),
  z.object({ type: z.literal('quote'), children: inlines }),
  z.object({ type: z.literal('code'), children: inlines }),
  z.object({
    type: z.literal('list'),
    format: z.enum(['ordered', 'unordered']),
    children: z.array(z.object({ children: inlines })),
  }),
  z
    .object({
      type: z.literal('image'),
      image: z.object({
        url: z.string(),
        alternativeText: z.string().nullable().optional(),
        width: z.number().nullable().optional(),
        height: z.number().nullable().optional(),
      }),
    })
    .transform(({ image }) => ({
      type: 'image' as const,
      url: image.url,
      alt: image.alternativeText ?? '',
      width: image.width ?? null,
      height: image.height ?? null,
    })),
]);

/** The blocks of a body that pages know how to render, in order. */
export function readBlocks(body: unknown[]): Block[] {
  return body.flatMap((node) => {
    const parsed = block.safeParse(node);
    return parsed.success ? [parsed.data as Block] : [];
  });
}

/** The plain text of a body, for meta descriptions and search snippets. */
export function plainText(body: unknown[]): string {
  const inlineText = (nodes: Inline[]): string =>
    nodes.map((node) => (node.type === 'text' ? node.text : inlineText(node.children))).join('');

  return readBlocks(body)
    .map((item) => {
      if (item.type === 'image') return '';
      if (item.type === 'list') return item.children.map((li) => inlineText(li.children)).join(' ');
      return inlineText(item.children);
    })
    .filter(Boolean)
    .join(' ');
}
