export { getSiteSettings } from './site-settings.server';
export { CmsResponseError, CmsShapeError, CmsUnavailableError } from './errors';
