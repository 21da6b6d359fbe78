import { controlCharacterIn, controlCharacterProblem } from './controlCharacters'
import type { FieldProblem } from './inputShape'

// The parts of a request that carry text but are not JSON or a query string, read as the route
// and Payload will read them, for the one rule of src/lib/api/controlCharacters.ts.

/** The path, decoded as the route's params will be: a segment can carry text to the database. */
export function pathProblem(url: URL): FieldProblem | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(url.pathname)
  } catch {
    return { path: 'path', message: 'has a malformed percent-escape.' }
  }
  const problem = controlCharacterIn(decoded)
  return problem ? { path: 'path', message: problem } : undefined
}

/**
 * Form fields and file names of a multipart body, as Payload will read them: `_payload` (the
 * admin's document, JSON) and a client upload's `file` (JSON) by their fields, others by name.
 */
export async function multipartProblem(request: Request): Promise<FieldProblem | undefined> {
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return { path: 'body', message: 'is not multipart/form-data that parses.' }
  }
  for (const [name, value] of form) {
    const nameProblem = controlCharacterIn(name)
    if (nameProblem) return { path: 'body', message: `a form field's name ${nameProblem}` }
    if (typeof value !== 'string') {
      const problem = controlCharacterIn(value.name)
      if (problem) return { path: 'filename', message: `(the uploaded file's name) ${problem}` }
      continue
    }
    const json = name === '_payload' || name === 'file' ? parseJson(value) : undefined
    const problem =
      json === undefined
        ? controlCharacterProblem(value, name)
        : controlCharacterProblem(json, name === 'file' ? 'file' : '')
    if (problem) return problem
  }
  return undefined
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    // Payload refuses it with its own 400; a string that is not JSON is checked as text.
    return undefined
  }
}
