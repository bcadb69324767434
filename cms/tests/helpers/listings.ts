import type { Core } from '@strapi/strapi';

/**
 * Gives a published listing a new slug and publishes the change, as an editor does in the
 * admin. Site tests call it too: their type-check does not see the CMS's generated content
 * types, so they cannot type the document service's update data themselves.
 */
export async function renameListing(strapi: Core.Strapi, documentId: string, slug: string) {
  const products = strapi.documents('api::product.product');
  await products.update({ documentId, data: { slug } });
  await products.publish({ documentId });
}
