/**
 * A draft as an editor leaves it right after `npm run new`: every field still blank, and a body
 * that would not compile. Test content, written only into temp folders.
 */
export function blankDraft(title = '', body = ''): string {
  return `---
kind: mo-hinh
subject:
unit: ""
title: "${title}"
summary: ""
fields: []
locality:
  address: ""
  province: { name: "", code: "" }
recognitions:
  - plan: ""
    year: 2026
    row: 1
    form: ""
    citation: ""
sources:
  - title: ""
    plan: ""
updated: 2026-01-01
draft: true              # đổi thành false khi đã kiểm tra xong
---

${body}`;
}
