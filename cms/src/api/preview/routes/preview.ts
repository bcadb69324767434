/**
 * The site's server fetches the document behind a preview link here. No API token or role:
 * the signed, short-lived token in the query is the credential, checked by the controller.
 */
export default {
  routes: [
    {
      method: 'GET',
      path: '/preview',
      handler: 'preview.show',
      config: { auth: false },
    },
  ],
};
