/** The CMS could not be reached or did not answer in time: the site answers 503. */
export class CmsUnavailableError extends Error {
  constructor(
    readonly url: string,
    options: { cause: unknown },
  ) {
    super(`CMS unreachable at ${url}`, options);
    this.name = 'CmsUnavailableError';
  }
}

/** The CMS answered with an error status. */
export class CmsResponseError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
    readonly body: string,
  ) {
    super(`CMS answered ${status} for ${url}`);
    this.name = 'CmsResponseError';
  }
}

/** The CMS answered 200, but the body does not have the shape the shared schema expects. */
export class CmsShapeError extends Error {
  constructor(
    readonly url: string,
    readonly problems: string,
    options: { cause: unknown },
  ) {
    super(`Unexpected response from ${url}: ${problems}`, options);
    this.name = 'CmsShapeError';
  }
}
