/**
 * Checks an MDX file's body with the compiler the build itself uses (Sätteri, through
 * @astrojs/mdx's Sätteri processor), so a body that would stop the build is reported by
 * `npm run check:content` first, in Vietnamese, with its line and what to type instead.
 */
import { mdxToJs } from 'satteri';

export interface BodyProblem {
  line: number;
  vi: string;
  en: string;
}

/** What an editor most often meant, for the compiler's most common complaints. */
function hintFor(message: string): string {
  if (/closing brace|expression|acorn|`\{`|`\}`/i.test(message)) {
    return 'trong nội dung, dấu { và } có nghĩa là mã lệnh; muốn viết chính dấu đó thì viết \\{ và \\}';
  }
  if (/closing tag for `<([^>`]+)>`/.test(message)) {
    const tag = /closing tag for `<([^>`]+)>`/.exec(message)?.[1] ?? '';
    return `thẻ <${tag}> được mở mà chưa đóng: thêm </${tag}> hoặc, nếu muốn viết dấu < như chữ thường, viết \\<`;
  }
  if (/closing tag|opening tag|tag/i.test(message)) {
    return 'thẻ HTML không khớp (mở và đóng phải cùng tên, đúng thứ tự); muốn viết dấu < như chữ thường thì viết \\<';
  }
  if (/before name|character/i.test(message)) {
    return 'dấu < ở đây bị hiểu là đầu một thẻ; muốn viết dấu < như chữ thường thì viết \\< (hoặc &lt;)';
  }
  if (/import|export|esm/i.test(message)) {
    return 'dòng bắt đầu bằng import hoặc export bị hiểu là mã lệnh; viết lại câu cho khác (ví dụ thêm một chữ phía trước)';
  }
  return 'kiểm tra các dấu { } < > trong nội dung; muốn viết chính các dấu đó thì thêm \\ phía trước (\\{ \\} \\<)';
}

const POSITION = /^(\d+):(\d+):\s*/;
const ESM_LINE = /^(import|export)\s/;

/**
 * Problems in the body of `source` (the whole file, front matter included, so that lines are the
 * file's own). `allowEsm` is false for profiles: their text is an exemplar's story, never code.
 */
export function checkMdxBody(source: string, options: { allowEsm: boolean }): BodyProblem[] {
  const problems: BodyProblem[] = [];
  let code: string;
  try {
    code = mdxToJs(source).code;
  } catch (err) {
    const message = String((err as Error).message ?? err);
    const m = POSITION.exec(message);
    const line = m ? Number(m[1]) : 1;
    const detail = message.replace(POSITION, '');
    problems.push({
      line,
      vi: `nội dung (phần dưới dòng --- thứ hai) không đọc được: ${hintFor(detail)}`,
      en: `MDX body does not compile: ${detail}`,
    });
    return problems;
  }
  if (!options.allowEsm) {
    // A capitalised tag is a component, and a profile has none to use (nothing can be imported).
    const lines = source.split('\n');
    for (const [, name] of code.matchAll(/_missingMdxReference\("([^"]+)"/g)) {
      const at = lines.findIndex((text) => text.includes(`<${name}`));
      problems.push({
        line: at >= 0 ? at + 1 : 1,
        vi: `thẻ <${name}> là một thành phần (chữ đầu viết hoa), nội dung hồ sơ không dùng được thành phần nào: viết tên thẻ bằng chữ thường nếu là thẻ HTML, hoặc viết \\< nếu muốn dấu < như chữ thường`,
        en: `<${name}> is an MDX component; profile bodies cannot use components`,
      });
    }
    let fenced = false;
    let inFrontMatter = source.startsWith('---');
    source.split('\n').forEach((text, i) => {
      if (i > 0 && inFrontMatter && /^---\s*$/.test(text)) {
        inFrontMatter = false;
        return;
      }
      if (inFrontMatter) return;
      if (/^\s*(```|~~~)/.test(text)) fenced = !fenced;
      if (!fenced && ESM_LINE.test(text)) {
        problems.push({
          line: i + 1,
          vi: `dòng bắt đầu bằng "${text.split(/\s/)[0]}" bị hiểu là mã lệnh, hồ sơ chỉ chứa văn bản: ${hintFor('import')}`,
          en: 'a line starting with import/export is MDX code; profile bodies are text only',
        });
      }
    });
  }
  return problems;
}
