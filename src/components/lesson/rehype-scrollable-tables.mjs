/**
 * Rehype plugin for lessons: wraps every table in a focusable, labelled region that scrolls
 * sideways on its own, so a wide table never widens the page on a phone and a keyboard user can
 * still scroll it (WCAG: scrollable regions must be reachable by keyboard).
 * The label is the text of the nearest heading before the table, or "Table".
 */
export function rehypeScrollableTables() {
  return (tree) => wrapTables(tree, { heading: 'Table' });
}

/** Text content of a hast node. */
function textOf(node) {
  if (node.type === 'text') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

function wrapTables(parent, context) {
  const children = parent.children ?? [];
  for (let index = 0; index < children.length; index += 1) {
    const node = children[index];
    if (node.type !== 'element') continue;
    if (/^h[2-6]$/.test(node.tagName)) {
      context.heading = textOf(node).trim() || context.heading;
    } else if (node.tagName === 'table') {
      children[index] = {
        type: 'element',
        tagName: 'div',
        properties: {
          className: ['table-scroll'],
          tabIndex: 0,
          role: 'region',
          ariaLabel: `Table: ${context.heading}`,
        },
        children: [node],
      };
    } else {
      wrapTables(node, context);
    }
  }
}
