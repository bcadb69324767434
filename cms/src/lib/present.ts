type Present<T> = { [K in keyof T]: Exclude<T[K], null> };

/**
 * The fields that have a value. Strapi's input types take a missing field, not null, for
 * "no value", and a missing field is stored as null anyway.
 */
export function present<T extends object>(fields: T): Present<T> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== null),
  ) as Present<T>;
}
