/**
 * A lesson body read with the MDX toolchain Astro compiles it with, so the build's checks see what
 * the page will be: the component tags the body places (`<Term>`, `<Quiz>`, `<SimulatorSlot>`,
 * `<Checklist>`) come from the MDX syntax tree, where fenced code, inline code and `{/* comments *\/}`
 * are already not tags; the headings and their ids come from Astro's own `rehypeHeadingIds` run over
 * the same tree Astro's MDX integration builds (GFM and SmartyPants on, as in its defaults). Nothing
 * here copies how Astro slugs a heading. Build-time only (schemas, site content, `Quiz.astro`).
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkSmartypants from 'remark-smartypants';
import { VFile } from 'vfile';

export interface AttributeValue {
  /** `string` for id="x" / id='x' / id={"x"}; `expression` for anything else inside braces. */
  kind: 'string' | 'expression';
  value: string;
}

export interface FoundTag {
  /** 1-based line within the body. */
  line: number;
  attributes: Map<string, AttributeValue>;
}

export interface Heading {
  depth: number;
  /** The id Astro gives the heading (`#slug` links to it). */
  slug: string;
  /** The heading's text as Astro collects it for `headings`. */
  text: string;
}

export interface MdxBody {
  headings: Heading[];
  /** Every `<name …>` element of the body, in source order. */
  tags(name: string): FoundTag[];
}

/** The MDX body could not be parsed; `line` is 1-based within the body. */
export class MdxBodyError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number | undefined,
  ) {
    super(line === undefined ? reason : `${reason} (body line ${line})`);
  }
}

/** A syntax tree node, as far as this module reads one. */
interface TreeNode {
  type: string;
  children?: TreeNode[];
}

/** An MDX JSX element of the syntax tree (`mdxJsxFlowElement` or `mdxJsxTextElement`). */
interface JsxElement extends TreeNode {
  name: string | null;
  position?: { start: { line: number } };
  attributes: (
    | { type: 'mdxJsxAttribute'; name: string; value?: string | { value: string } | null }
    | { type: 'mdxJsxExpressionAttribute' }
  )[];
}

/** Each body is read once per build: the checks, the site content and every quiz ask for the same bodies. */
const read = new Map<string, MdxBody | MdxBodyError>();

/** `body` (frontmatter excluded) read as MDX, or why it is not valid MDX. */
export function tryReadMdxBody(body: string): MdxBody | MdxBodyError {
  let result = read.get(body);
  if (result === undefined) {
    try {
      result = parse(body);
    } catch (error) {
      const { reason, line } = error as { reason?: string; line?: number };
      result = new MdxBodyError(reason ?? String(error), line ?? undefined);
    }
    read.set(body, result);
  }
  return result;
}

/** `body` read as MDX; throws `MdxBodyError` when it is not valid MDX. */
export function readMdxBody(body: string): MdxBody {
  const result = tryReadMdxBody(body);
  if (result instanceof MdxBodyError) throw result;
  return result;
}

function parse(body: string): MdxBody {
  const headings: Heading[] = [];
  const processor = createProcessor({
    remarkPlugins: [remarkGfm, remarkSmartypants],
    rehypePlugins: [rehypeHeadingIds, () => collectHeadings(headings)],
  });
  // The `.mdx` path matters: rehypeHeadingIds keeps `{expression}` source in MDX heading text.
  const file = new VFile({ path: 'index.mdx', value: body });
  const tree = processor.parse(file) as TreeNode;
  const elements = jsxElements(tree);
  // The remark and rehype steps run for their headings; the program they end in is not needed.
  processor.runSync(tree as never, file);
  return { headings, tags: (name) => elements.filter((node) => node.name === name).map(toTag) };
}

/** A rehype step after `rehypeHeadingIds`: copies the headings it collected on the file. */
function collectHeadings(into: Heading[]) {
  return (_tree: unknown, file: VFile) => {
    const astro = file.data.astro as { headings?: Heading[] } | undefined;
    into.push(...(astro?.headings ?? []));
  };
}

/** Every JSX element of the syntax tree, in document order (collected before the tree is transformed). */
function jsxElements(tree: TreeNode): JsxElement[] {
  const found: JsxElement[] = [];
  const walk = (node: TreeNode) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') found.push(node as JsxElement);
    node.children?.forEach(walk);
  };
  walk(tree);
  return found;
}

function toTag(node: JsxElement): FoundTag {
  const attributes = new Map<string, AttributeValue>();
  for (const attribute of node.attributes) {
    // `{...spread}`: no name to check, as before.
    if (attribute.type !== 'mdxJsxAttribute') continue;
    const { name, value } = attribute;
    if (value === null || value === undefined) attributes.set(name, { kind: 'expression', value: 'true' });
    else if (typeof value === 'string') attributes.set(name, { kind: 'string', value });
    else attributes.set(name, literalOrExpression(value.value));
  }
  return { line: node.position?.start.line ?? 0, attributes };
}

/** `{"x"}`, `{'x'}` and `` {`x`} `` are a quoted value written in braces; anything else is an expression. */
function literalOrExpression(source: string): AttributeValue {
  const literal = /^\s*(?:"([^"]*)"|'([^']*)'|`([^`$]*)`)\s*$/.exec(source);
  return literal
    ? { kind: 'string', value: (literal[1] ?? literal[2] ?? literal[3])! }
    : { kind: 'expression', value: source.trim() };
}
