import type { ReactNode } from 'react'

// Static HTML from a tree of server components, for reader pages that carry no framework script.
// React's own renderer (react-dom/server) cannot run where Next bundles route handlers: that layer
// resolves React's "react-server" build, where react-dom/server throws on import. This walks the
// tree those components return (plain elements, async functions, fragments) and writes the same
// HTML react-dom/server's renderToStaticMarkup writes for it: tests/unit/staticMarkup.spec.ts holds
// the two side by side on generated trees. It renders no client component and no hook: a reader
// page has none, and meeting one fails loudly rather than printing half a page.

const ELEMENT = Symbol.for('react.transitional.element')
const LEGACY_ELEMENT = Symbol.for('react.element')
const FRAGMENT = Symbol.for('react.fragment')
const SUSPENSE = Symbol.for('react.suspense')
const STRICT_MODE = Symbol.for('react.strict_mode')
const CLIENT_REFERENCE = Symbol.for('react.client.reference')
const MEMO = Symbol.for('react.memo')
const FORWARD_REF = Symbol.for('react.forward_ref')
const LAZY = Symbol.for('react.lazy')

const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
])

/** Props React writes as a present-or-absent attribute, under the prop's own name. */
const BOOLEAN_ATTRIBUTES = new Set([
  'inert',
  'allowFullScreen',
  'async',
  'autoPlay',
  'controls',
  'credentialless',
  'default',
  'defer',
  'disabled',
  'disablePictureInPicture',
  'disableRemotePlayback',
  'formNoValidate',
  'hidden',
  'loop',
  'noModule',
  'noValidate',
  'open',
  'playsInline',
  'readOnly',
  'required',
  'reversed',
  'scoped',
  'seamless',
  'itemScope',
])
/** Booleans React writes lowercased. */
const LOWERCASED_BOOLEANS = new Set(['autoFocus', 'multiple', 'muted'])
/** Written as given, booleans included ("true"/"false"). */
const STRINGIFIED = new Set([
  'contentEditable',
  'spellCheck',
  'draggable',
  'value',
  'autoReverse',
  'externalResourcesRequired',
  'focusable',
  'preserveAlpha',
])
/** Props whose HTML name differs from the prop's; every other name is written as given. */
const ALIASES: Record<string, string> = {
  className: 'class',
  tabIndex: 'tabindex',
  acceptCharset: 'accept-charset',
  htmlFor: 'for',
  httpEquiv: 'http-equiv',
  crossOrigin: 'crossorigin',
  clipPath: 'clip-path',
  clipRule: 'clip-rule',
  fillRule: 'fill-rule',
  strokeWidth: 'stroke-width',
  strokeLinecap: 'stroke-linecap',
  strokeLinejoin: 'stroke-linejoin',
}
/** Props that are React's, not the element's. */
const NOT_ATTRIBUTES = new Set([
  'children',
  'dangerouslySetInnerHTML',
  'defaultValue',
  'defaultChecked',
  'innerHTML',
  'suppressContentEditableWarning',
  'suppressHydrationWarning',
  'ref',
  'key',
])

/** CSS properties React writes without a `px` unit when given a number. */
const UNITLESS = new Set([
  'animationIterationCount',
  'aspectRatio',
  'columnCount',
  'columns',
  'flex',
  'flexGrow',
  'flexShrink',
  'fontWeight',
  'gridArea',
  'gridColumn',
  'gridColumnEnd',
  'gridColumnStart',
  'gridRow',
  'gridRowEnd',
  'gridRowStart',
  'lineClamp',
  'lineHeight',
  'opacity',
  'order',
  'orphans',
  'scale',
  'tabSize',
  'widows',
  'zIndex',
  'zoom',
])

// What React writes in place of a `javascript:` URL, so a forged link cannot run script.
const BLOCKED_URL =
  "javascript:throw new Error('React has blocked a javascript: URL as a security precaution.')"
/**
 * A `javascript:` URL as React finds one: after any leading control characters and spaces, the
 * word with tabs and line breaks allowed anywhere in it.
 */
function isJavaScriptUrl(url: string): boolean {
  let start = 0
  while (start < url.length && url.charCodeAt(start) <= 0x20) start++
  return /^javascript:/i.test(url.slice(start, start + 64).replace(/[\r\n\t]/g, ''))
}
const ATTRIBUTE_NAME = /^[:A-Z_a-z][:A-Z_a-z\-.0-9]*$/
const TAG_NAME = /^[a-zA-Z][a-zA-Z:_.\-\d]*$/

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
}

/** Text as HTML: the same five characters React escapes, in text and in attribute values. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)

type Element = { $$typeof: symbol; type: unknown; props: Record<string, unknown> }

const isElement = (node: unknown): node is Element =>
  typeof node === 'object' &&
  node !== null &&
  ((node as Element).$$typeof === ELEMENT || (node as Element).$$typeof === LEGACY_ELEMENT)

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as PromiseLike<unknown>).then === 'function'

const scalar = (value: unknown) => typeof value !== 'function' && typeof value !== 'symbol'

const written = (name: string, value: unknown) => ` ${name}="${escapeHtml(String(value))}"`

function styleText(style: unknown): string {
  if (typeof style !== 'object' || style === null) {
    throw new Error('staticMarkup: `style` must be an object, as React requires.')
  }
  const rules: string[] = []
  for (const [name, value] of Object.entries(style)) {
    if (value === null || value === undefined || typeof value === 'boolean' || value === '') {
      continue
    }
    if (name.startsWith('--')) {
      rules.push(`${name}:${String(value).trim()}`)
      continue
    }
    const cssName = name
      .replace(/([A-Z])/g, '-$1')
      .toLowerCase()
      .replace(/^ms-/, '-ms-')
    const text =
      typeof value === 'number'
        ? value === 0 || UNITLESS.has(name)
          ? String(value)
          : `${value}px`
        : String(value).trim()
    rules.push(`${cssName}:${text}`)
  }
  return rules.join(';')
}

/** One attribute as React's pushAttribute writes it, or '' where React writes none. */
function attribute(name: string, value: unknown, tag?: string): string {
  if (value === null || value === undefined || NOT_ATTRIBUTES.has(name)) return ''
  // React keeps a link's empty href (a link to this page), where an empty src would load it.
  if (tag === 'a' && name === 'href' && value === '') return ' href=""'
  if (name === 'style') {
    const style = styleText(value)
    return style ? ` style="${escapeHtml(style)}"` : ''
  }
  if (name === 'src' || name === 'href' || name === 'action' || name === 'formAction') {
    if ((name === 'src' || name === 'href') && value === '') return ''
    if (!scalar(value) || typeof value === 'boolean') return ''
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- as React: String() of it
    const url = String(value)
    return written(name, isJavaScriptUrl(url) ? BLOCKED_URL : url)
  }
  if (BOOLEAN_ATTRIBUTES.has(name)) return value && scalar(value) ? ` ${name}=""` : ''
  if (LOWERCASED_BOOLEANS.has(name)) {
    return value && scalar(value) ? ` ${name.toLowerCase()}=""` : ''
  }
  if (STRINGIFIED.has(name)) return scalar(value) ? written(name, value) : ''
  // Event handlers (`onClick`) are never attributes.
  if (name.length > 2 && /^on/i.test(name)) return ''
  const htmlName = ALIASES[name] ?? name
  // A name React would refuse: a forged one could break out of the tag.
  if (!ATTRIBUTE_NAME.test(htmlName) || !scalar(value)) return ''
  if (typeof value === 'boolean' && !/^(data|aria)-/i.test(htmlName)) return ''
  return written(htmlName, value)
}

/** Every attribute, in the order of the props, as React writes them. */
function attributes(props: Record<string, unknown>, tag?: string): string {
  let html = ''
  for (const [name, value] of Object.entries(props)) html += attribute(name, value, tag)
  return html
}

/** An <input>'s attributes: React writes its name, then checked, then value, after the rest. */
function inputAttributes(props: Record<string, unknown>): string {
  const { name, checked, defaultChecked, value, defaultValue, ...rest } = props
  let html = attributes(rest) + attribute('name', name)
  const isChecked = checked ?? defaultChecked
  if (isChecked && scalar(isChecked)) html += ' checked=""'
  return html + attribute('value', value ?? defaultValue)
}

/** The value of the <select> an <option> sits in, if it has one. */
type Select = { chosen: unknown } | null
const NO_SELECT: Select = null

const optionText = (children: unknown): string =>
  Array.isArray(children)
    ? children.map(optionText).join('')
    : typeof children === 'string' || typeof children === 'number'
      ? String(children)
      : ''

/** An <option>: selected as React decides, by its select's value or else its own `selected`. */
async function renderOption(props: Record<string, unknown>, select: Select): Promise<string> {
  const { selected, children, ...rest } = props
  const own =
    rest.value === undefined || rest.value === null
      ? optionText(children)
      : // eslint-disable-next-line @typescript-eslint/no-base-to-string -- as React: String() of it
        String(rest.value)
  const chosen = select
    ? (Array.isArray(select.chosen) ? select.chosen : [select.chosen]).some(
        (value) => String(value) === own,
      )
    : Boolean(selected)
  return `<option${attributes(rest)}${chosen ? ' selected=""' : ''}>${await renderNode(children as ReactNode, select)}</option>`
}

async function renderHost(
  tag: string,
  props: Record<string, unknown>,
  select: Select,
): Promise<string> {
  if (!TAG_NAME.test(tag)) throw new Error(`staticMarkup: invalid tag ${tag}.`)
  // React writes a <textarea>'s value as its text; reader pages have none.
  if (tag === 'textarea') throw new Error('staticMarkup: <textarea> is not rendered.')
  if (tag === 'input') return `<input${inputAttributes(props)}/>`
  if (tag === 'select') {
    // A select's value marks its option instead: the options below it learn it.
    const { value, defaultValue, children, ...rest } = props
    const chosen = value ?? defaultValue
    return `<select${attributes(rest)}>${await renderNode(children as ReactNode, chosen === undefined ? NO_SELECT : { chosen })}</select>`
  }
  if (tag === 'option') return renderOption(props, select)
  if (VOID_ELEMENTS.has(tag)) return `<${tag}${attributes(props)}/>`
  const open = `<${tag}${attributes(props, tag)}>`
  const inner = props.dangerouslySetInnerHTML as { __html?: string | null } | undefined
  if (inner !== undefined && inner !== null) {
    if (props.children !== undefined && props.children !== null) {
      throw new Error('staticMarkup: both children and dangerouslySetInnerHTML.')
    }
    return `${open}${inner.__html ?? ''}</${tag}>`
  }
  if ((tag === 'script' || tag === 'style') && props.children !== undefined) {
    // Their text is not HTML: an escaped script would not run, an unescaped one could end early.
    throw new Error(`staticMarkup: <${tag}> takes its content as dangerouslySetInnerHTML.`)
  }
  return `${open}${await renderNode(props.children as ReactNode, select)}</${tag}>`
}

const componentName = (type: unknown) =>
  (typeof type === 'function' && (type as { name?: string }).name) || String(type)

async function renderElement({ type, props }: Element, select: Select): Promise<string> {
  if (typeof type === 'string') return renderHost(type, props, select)
  if (type === FRAGMENT || type === SUSPENSE || type === STRICT_MODE) {
    return renderNode(props.children as ReactNode, select)
  }
  const kind = (type as { $$typeof?: symbol } | null)?.$$typeof
  if (kind === CLIENT_REFERENCE) {
    throw new Error(
      `staticMarkup: a client component reached a reader page (${componentName(type)}); ` +
        'reader pages carry no framework script, so render markup and a script of our own.',
    )
  }
  if (kind === MEMO) {
    return renderElement(
      { $$typeof: ELEMENT, type: (type as { type: unknown }).type, props },
      select,
    )
  }
  if (kind === FORWARD_REF) {
    const render = (type as { render: (p: unknown, ref: unknown) => ReactNode }).render
    return renderNode(render(props, null), select)
  }
  if (kind === LAZY) {
    const lazy = type as { _init: (payload: unknown) => unknown; _payload: unknown }
    return renderElement({ $$typeof: ELEMENT, type: lazy._init(lazy._payload), props }, select)
  }
  if (typeof type === 'function') {
    if ((type as { prototype?: { isReactComponent?: unknown } }).prototype?.isReactComponent) {
      throw new Error(`staticMarkup: class component ${componentName(type)} is not rendered.`)
    }
    const result = (type as (p: unknown) => unknown)(props)
    return renderNode((isThenable(result) ? await result : result) as ReactNode, select)
  }
  throw new Error(`staticMarkup: cannot render element type ${String(kind ?? type)}.`)
}

/** The HTML of any renderable node: text escaped, elements and async components resolved. */
export async function renderNode(
  node: ReactNode | PromiseLike<ReactNode>,
  select: Select = NO_SELECT,
): Promise<string> {
  if (node === null || node === undefined || typeof node === 'boolean') return ''
  if (typeof node === 'string') return escapeHtml(node)
  if (typeof node === 'number' || typeof node === 'bigint') return String(node)
  if (isThenable(node)) return renderNode((await node) as ReactNode, select)
  if (Array.isArray(node)) {
    const parts = await Promise.all(node.map((child) => renderNode(child as ReactNode, select)))
    return parts.join('')
  }
  if (isElement(node)) return renderElement(node, select)
  if (typeof node === 'object' && Symbol.iterator in node) {
    return renderNode([...(node as Iterable<ReactNode>)], select)
  }
  throw new Error(`staticMarkup: cannot render ${typeof node} as a node.`)
}
