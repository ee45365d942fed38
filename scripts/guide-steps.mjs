// Reads a guide page as a list of steps a reader follows in order: the files each step writes and the
// commands it runs. The guides mark their blocks so that a reader and this script read them alike:
//
// - a code block whose first line is a comment naming a file and what to do with it:
//     // src/pages/index/index.tsx（新建）            (new file)            the file must not exist yet
//     // src/app.config.ts（替换）                    (replace)             the file exists; the block is all of it
//     // src/app.tsx（由 src/app.ts 改名，替换全部内容）  (renamed from src/app.ts, replace its content)
//     // src/manifest.json（合并到已有内容）           (merge into the file) JSON: keys added, arrays appended
//   (`<!-- … -->` in .vue blocks);
// - ```sh blocks: one command a line; a `# Taro` / `# uni-app` comment limits a line to that framework;
// - a block inside a VitePress `::: code-group` whose tab is `[Taro]` or `[uni-app]` is for that framework;
// - `<!-- guide-check: taro -->` (or `uni-app`) before a block limits it to that framework;
// - a ```json block holding a `setting_list` (the audit guide's privacy.json) is privacy.json in the project root.
import { readFileSync } from 'node:fs'

const header =
  /^(?:\/\/|<!--)\s*((?:src|test|config)\/[\w./-]+|[\w.-]+\.(?:mts|ts|json))\s*[（(]([^）)]*)[）)]\s*(?:-->)?\s*$/

/** @typedef {'taro' | 'uni-app'} Framework */
/**
 * @typedef {{ kind: 'file', path: string, action: 'create' | 'replace' | 'rename' | 'merge', from?: string,
 *   code: string, lang: string, line: number, only?: Framework }
 *   | { kind: 'command', command: string, line: number, only?: Framework }} Action
 */

/** @param {string} words @returns {{ action: 'create' | 'replace' | 'rename' | 'merge', from?: string } | null} */
function parseAction(words) {
  const renamed = /由\s*(\S+?)\s*改名|renamed from\s+([^\s,，]+)/.exec(words)
  if (renamed) return { action: 'rename', from: renamed[1] ?? renamed[2] }
  if (/新建|new file/i.test(words)) return { action: 'create' }
  if (/合并|merge/i.test(words)) return { action: 'merge' }
  if (/替换|replace/i.test(words)) return { action: 'replace' }
  return null
}

const frameworkOf = (word) =>
  /^taro$/i.test(word.trim()) ? 'taro' : /^uni-app$/i.test(word.trim()) ? 'uni-app' : undefined

/** Languages of the blocks a reader copies into a file: each must say which file and what to do with it. */
const fileLanguages = new Set(['ts', 'tsx', 'mts', 'js', 'vue', 'json', 'jsonc'])

/**
 * The steps of a guide page: one per `##` heading, each with its actions in the order they appear.
 *
 * @param {string} file path of the Markdown page
 * @returns {{ title: string, line: number, actions: Action[] }[]}
 */
export function guideSteps(file) {
  return parseGuide(file).steps
}

/**
 * Lines of the page's code blocks that a reader would copy into a file but that name no file or no action.
 *
 * @param {string} file path of the Markdown page
 * @returns {number[]}
 */
export function unmarkedBlocks(file) {
  return parseGuide(file).unmarked
}

function parseGuide(file) {
  const lines = readFileSync(file, 'utf8').split('\n')
  const steps = [{ title: '(intro)', line: 1, actions: [] }]
  const unmarked = []
  let inGroup = false
  let nextOnly
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line.startsWith('## ')) {
      steps.push({ title: line.slice(3).trim(), line: i + 1, actions: [] })
      continue
    }
    if (/^:::\s*code-group/.test(line)) inGroup = true
    else if (/^:::\s*$/.test(line)) inGroup = false
    const directive = /^<!--\s*guide-check:\s*([\w-]+)\s*-->$/.exec(line.trim())
    if (directive) nextOnly = frameworkOf(directive[1])
    const fence = /^```(\w+)(?:\s+\[([^\]]*)\])?/.exec(line)
    if (!fence) continue
    const [, lang, tab] = fence
    const body = []
    const start = i + 1
    for (i++; i < lines.length && !lines[i].startsWith('```'); i++) body.push(lines[i])
    const only = (inGroup && tab ? frameworkOf(tab) : undefined) ?? nextOnly
    nextOnly = undefined
    const actions = steps.at(-1).actions
    if (lang === 'sh') {
      for (const [offset, raw] of body.entries()) {
        const [command, comment = ''] = raw.split(/\s+#\s+/)
        if (!command.trim() || command.trim().startsWith('#')) continue
        const tagged = comment
          .split(/[\s/、,，]+/)
          .map(frameworkOf)
          .find(Boolean)
        actions.push({
          kind: 'command',
          command: command.trim(),
          line: start + offset + 1,
          only: tagged ?? only,
        })
      }
      continue
    }
    if (lang === 'json' && body.some((l) => l.includes('"setting_list"'))) {
      actions.push({
        kind: 'file',
        path: 'privacy.json',
        action: 'create',
        code: `${body.join('\n')}\n`,
        lang,
        line: start,
        only,
      })
      continue
    }
    const named = header.exec(body[0] ?? '')
    const parsed = named && parseAction(named[2])
    if (!parsed) {
      if (fileLanguages.has(lang)) unmarked.push(start)
      continue
    }
    actions.push({
      kind: 'file',
      path: named[1],
      ...parsed,
      code: `${body.join('\n')}\n`,
      lang,
      line: start,
      only,
    })
  }
  return { steps: steps.filter((step) => step.actions.length > 0), unmarked }
}

/**
 * The page's actions without the comments in its code and with test names left out: what an English twin must
 * share with the Chinese page (comments and test names are translated; the app's texts stay Chinese, like the
 * components' defaults, and so do the texts the tests look for).
 *
 * @param {Action[]} actions
 */
export function codeShape(actions) {
  return actions.map((action) =>
    action.kind === 'command'
      ? `$ ${action.command}`
      : action.path === 'privacy.json'
        ? "privacy.json (its purposes are written in the page's language)"
        : `${action.path} ${action.action}${action.from ? ` ${action.from}` : ''} ${action.only ?? ''}\n${action.code
            .split('\n')
            .slice(1)
            .join('\n')
            .replace(/<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}|\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm, '$1')
            .replace(/\btest\((['"`])(?:(?!\1).)*\1/g, 'test(…')
            .replace(/\s+$/gm, '')
            .replace(/\n{2,}/g, '\n')}`,
  )
}
