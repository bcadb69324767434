/**
 * Strapi's REST parameters use qs's bracket syntax (`filters[category][slug][$eq]=steel`).
 * This writes that syntax for the few shapes the adapter needs, without pulling in qs.
 */
export type QueryValue = string | number | boolean | QueryObject | QueryValue[];
export interface QueryObject {
  [key: string]: QueryValue | undefined;
}

function append(params: URLSearchParams, key: string, value: QueryValue | undefined): void {
  if (value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => append(params, `${key}[${index}]`, item));
  } else if (typeof value === 'object') {
    for (const [name, inner] of Object.entries(value)) append(params, `${key}[${name}]`, inner);
  } else {
    params.append(key, String(value));
  }
}

/** `?a[b]=1&c=2` for `{ a: { b: 1 }, c: 2 }`; an empty string when there is nothing. */
export function toQueryString(query: QueryObject): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) append(params, key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
