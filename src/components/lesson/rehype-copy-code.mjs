/**
 * Rehype plugin for lessons: gives every code block a Copy button, in a bar above it with a status
 * line that says whether the copy worked. The button shows only on a scripted page (`js-only`: the
 * head script marks the page before first paint, so nothing moves when it appears); without
 * JavaScript the text can still be selected. Search leaves the bar out of its index.
 */
export function rehypeCopyCode() {
  return (tree) => wrapCodeBlocks(tree);
}

function wrapCodeBlocks(parent) {
  const children = parent.children ?? [];
  for (let index = 0; index < children.length; index += 1) {
    const node = children[index];
    if (node.type !== 'element') continue;
    if (node.tagName !== 'pre') {
      wrapCodeBlocks(node);
      continue;
    }
    children[index] = {
      type: 'element',
      tagName: 'div',
      properties: { className: ['code-block'] },
      children: [
        {
          type: 'element',
          tagName: 'p',
          properties: { className: ['code-block__bar'], dataPagefindIgnore: '' },
          children: [
            {
              type: 'element',
              tagName: 'span',
              properties: {
                role: 'status',
                dataDone: 'Copied to the clipboard.',
                dataFailed: 'Could not copy: select the text and copy it.',
              },
              children: [],
            },
            {
              type: 'element',
              tagName: 'button',
              properties: { type: 'button', className: ['button', 'button--quiet', 'js-only'], dataCopy: '' },
              children: [{ type: 'text', value: 'Copy' }],
            },
          ],
        },
        node,
      ],
    };
  }
}
