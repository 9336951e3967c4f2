import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const toString = (node) => node.value ?? (node.children ?? []).map(toString).join('');
function gfmTables() {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const HEADINGS = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5];

/**
 * A Word .docx written the way Word writes one (styles for the title and headings, real bulleted
 * lists, tables, bold runs), from a Markdown posting, so a test has the same posting in both forms
 * without a binary file in the repository. Used by the tests and the benchmark (docx is a devDependency). `# ` becomes Word's Title style, `## ` Heading 1, and so on.
 */
export async function markdownToDocx(markdown) {
  const tree = unified().use(remarkParse).use(gfmTables).parse(markdown);
  const children = [];
  const runs = (node) =>
    node.children?.length === 1 && node.children[0].type === 'strong' ? [new TextRun({ text: toString(node), bold: true })] : [new TextRun(toString(node))];
  const visit = (node, listLevel = -1) => {
    switch (node.type) {
      case 'heading':
        children.push(new Paragraph({ heading: HEADINGS[(node.depth ?? 1) - 1], children: runs(node) }));
        return;
      case 'paragraph':
        children.push(new Paragraph(listLevel >= 0 ? { children: runs(node), bullet: { level: listLevel } } : { children: runs(node) }));
        return;
      case 'list':
        for (const item of node.children ?? []) for (const child of item.children ?? []) visit(child, listLevel + 1);
        return;
      case 'table':
        children.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: (node.children ?? []).map((row) => new TableRow({ children: (row.children ?? []).map((cell) => new TableCell({ children: [new Paragraph({ children: runs(cell) })] })) })),
          }),
        );
        return;
      default:
        for (const child of node.children ?? []) visit(child, listLevel);
    }
  };
  visit(tree);
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
