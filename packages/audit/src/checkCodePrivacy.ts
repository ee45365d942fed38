import { describePrivacyKey, privacyKeyOfApi } from '@mp-privacy/core/catalog'
import { PRIVACY_EXIT_CODES } from './parsePrivacyArgs'
import { noPositional, type PrivacyContext } from './privacyContext'

/**
 * `mp-privacy check`: reads `get_code_privacy_info` and explains each API it lists (no permission, or missing from
 * `requiredPrivateInfos`) with its fix.
 *
 * @example
 * ```ts
 * import { checkCodePrivacy } from './checkCodePrivacy' // inside the command: privacyCommand.ts
 * const code = await checkCodePrivacy(context) // PRIVACY_EXIT_CODES.findings when it lists an API
 * ```
 */
export async function checkCodePrivacy(context: PrivacyContext): Promise<number> {
  const { options, zh, out } = context
  noPositional(context)
  const info = await context.api().getCodePrivacyInfo()
  const explain = (api: string, kind: 'auth' | 'conf') => {
    const bare = api.replace(/^wx\./, '')
    const key = privacyKeyOfApi(bare)
    const type = key
      ? zh
        ? `隐私类型 ${key}（${describePrivacyKey(key, 'zh')}）`
        : `privacy type ${key} (${describePrivacyKey(key, 'en')})`
      : ''
    if (kind === 'auth') {
      return zh
        ? `✖ ${api}：没有使用权限${type ? `，${type}` : ''}。用 apply_privacy_interface（或管理后台「开发管理 → 接口设置」）申请，通过前提交审核会返回 61040；不用就删掉调用，或提审时设置 privacy_api_not_use=true。`
        : `✖ ${api}: no permission to use it${type ? `; ${type}` : ''}. Apply with apply_privacy_interface (or in the admin console); until approved, submitting fails with 61040. If the app does not use it, remove the call or submit with privacy_api_not_use=true.`
    }
    return zh
      ? `✖ ${api}：代码在用，但 ext.json / app.json 的 requiredPrivateInfos 没有配置${type ? `（${type}）` : ''}。把 "${bare}" 加进 requiredPrivateInfos；不用就删掉调用，或提审时设置 privacy_api_not_use=true。`
      : `✖ ${api}: the code uses it but requiredPrivateInfos in ext.json / app.json does not list it${type ? ` (${type})` : ''}. Add "${bare}" to requiredPrivateInfos; if unused, remove the call or submit with privacy_api_not_use=true.`
  }
  const items = [
    ...info.without_auth_list.map((api) => ({
      api,
      problem: 'without_auth' as const,
      message: explain(api, 'auth'),
    })),
    ...info.without_conf_list.map((api) => ({
      api,
      problem: 'without_conf' as const,
      message: explain(api, 'conf'),
    })),
  ]
  if (options.json) out(JSON.stringify({ ok: items.length === 0, items }, null, 2))
  else if (items.length === 0) {
    out(
      zh
        ? '✓ 隐私接口检测通过：没有缺少权限或配置的接口。'
        : '✓ The privacy API check is clean: no API lacks permission or configuration.',
    )
  } else for (const item of items) out(item.message)
  return items.length > 0 ? PRIVACY_EXIT_CODES.findings : PRIVACY_EXIT_CODES.ok
}
