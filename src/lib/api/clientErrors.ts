import type { AfterErrorHook } from 'payload'

type Mapped = { status: number; message: string }

/** Postgres error codes that a client's input can cause, with what to tell that client. */
const POSTGRES: Record<string, Mapped> = {
  '23503': { status: 400, message: 'A relation points at a document that does not exist.' },
  '23505': { status: 400, message: 'A value that must be unique is already taken.' },
  '22P02': { status: 400, message: 'A value has the wrong type for its field.' },
  '22003': { status: 400, message: 'A number is out of range.' },
  '22001': { status: 400, message: 'A value is too long for its field.' },
  '22007': { status: 400, message: 'A date is not valid.' },
  '22008': { status: 400, message: 'A date is out of range.' },
  // Behind the request checks of src/lib/api/requestGuard.ts, these reach Postgres only from a
  // path those do not see (a Local API call with a client's text): still the client's mistake.
  '22021': {
    status: 400,
    message: 'A text value holds a character the database cannot store (NUL, U+0000).',
  },
  '22P05': {
    status: 400,
    message: 'A JSON value holds a character the database cannot store (NUL, \\u0000).',
  },
  // Postgres has no such operator for the column's type: `like` or `contains` on a select, a date
  // or a checkbox, which Payload passes through to an ILIKE.
  '42883': {
    status: 400,
    message:
      'A where operator does not apply to the type of the field it is used on (like and contains are for text fields).',
  },
  '2201X': { status: 400, message: 'page must be a whole number, 1 or more.' },
  '2201W': { status: 400, message: 'limit must be a whole number, 0 (no limit) or more.' },
  '40P01': { status: 409, message: 'Another save got in the way. Try again.' },
  '55P03': {
    status: 409,
    message: 'The document is busy with other saves. Try again in a moment.',
  },
  '40001': { status: 409, message: 'Another save got in the way. Try again.' },
}

function postgresCode(error: unknown): string | undefined {
  for (let cause = error, depth = 0; cause && depth < 5; depth++) {
    const code = (cause as { code?: unknown }).code
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
    cause = (cause as { cause?: unknown }).cause
  }
  return undefined
}

type FieldError = { path?: string; message?: string }

/** "The following field is invalid: bestFor" plus why: "bestFor: must be at most 200 …". */
function withReasons(message: string, errors: FieldError[]): string {
  const reasons = errors
    .filter((e) => e.path && e.message && !message.includes(e.message))
    .map((e) => `${e.path}: ${e.message}`)
  return reasons.length > 0 ? `${message.replace(/\.?$/, '.')} ${reasons.join(' ')}` : message
}

/** What a client did wrong, for errors Payload would report as a 500 or without the reason. */
export function classifyError(error: unknown): Mapped | undefined {
  const cause = (error as { originalError?: unknown }).originalError ?? error
  const status = (cause as { status?: unknown }).status
  const errors = (cause as { data?: { errors?: FieldError[] } }).data?.errors
  if (typeof status === 'number' && status >= 400 && status < 500 && Array.isArray(errors)) {
    return { status, message: withReasons((cause as Error).message, errors) }
  }
  if (cause instanceof SyntaxError) {
    return { status: 400, message: `The request holds JSON that does not parse: ${cause.message}.` }
  }
  const code = postgresCode(cause)
  return code ? POSTGRES[code] : undefined
}

/**
 * Every API error a client caused answers 4xx with a message a person can act on: the field and
 * the reason. Never a stack trace or SQL: what is not recognised here stays Payload's own answer
 * (a plain "Something went wrong." 500 in production).
 */
export const explainClientErrors: AfterErrorHook = ({ error, graphqlResult, result }) => {
  const mapped = classifyError(error)
  if (!mapped) return
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message: mapped.message,
        extensions: { ...graphqlResult.extensions, statusCode: mapped.status },
      },
    }
  }
  const [first] = result?.errors ?? []
  return {
    status: mapped.status,
    response: { errors: [{ ...first, message: mapped.message }] },
  }
}
