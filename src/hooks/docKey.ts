/** The key of one document in the per-document Maps of src/hooks/context.ts. */
export const docKey = (collection: string, id: number | string) => `${collection}:${String(id)}`
