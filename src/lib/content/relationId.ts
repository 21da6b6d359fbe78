/** The id a relationship holds, whether Payload gave the id itself or the populated document. */
export const relationId = <Id>(value: Id | { id: Id }): Id =>
  value !== null && typeof value === 'object' && 'id' in value ? value.id : value
