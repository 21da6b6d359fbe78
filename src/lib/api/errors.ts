import { APIError, ValidationError } from 'payload'

import type { FieldProblem } from './inputShape'

/** A ValidationError whose message carries each reason, not only the field names. */
export class FieldsInvalid extends ValidationError {
  constructor(collection: string, errors: FieldProblem[]) {
    super({ collection, errors })
    // Logged as Payload's own validation errors are: one info line, not a stack trace.
    this.name = 'ValidationError'
    this.message = `${this.message}. ${errors.map((e) => `${e.path}: ${e.message}`).join(' ')}`
  }
}

/** 409: the request is sound, but the document's state stands in its way. Logged as one line. */
export class Conflict extends APIError {
  constructor(message: string, data: Record<string, unknown>) {
    super(message, 409, data, true)
    this.name = 'Conflict'
  }
}
