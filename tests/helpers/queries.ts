/**
 * A GraphQL query of ~35 bytes a level whose fragments each spread the next one twice: 2^depth
 * fields once expanded. Payload's own complexity limit walked every expansion.
 */
export function fragmentBomb(depth: number): string {
  const fragments = Array.from({ length: depth }, (_, level) =>
    level === depth - 1
      ? `fragment F${level} on Framework { id name }`
      : `fragment F${level} on Framework { ...F${level + 1} ...F${level + 1} }`,
  )
  return `{ Frameworks { docs { ...F0 } } } ${fragments.join(' ')}`
}
