// The URL scheme lives in the shared package, where the CMS uses it too.
export { SECTION_PATHS, categoryPath, detailPath } from '@huijiu/shared';
