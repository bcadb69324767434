import { randomBytes } from 'node:crypto';

import type { Core } from '@strapi/strapi';
import request from 'supertest';

/** Creates a super admin and logs in through the admin API; returns the session token. */
export async function loginAsSuperAdmin(strapi: Core.Strapi): Promise<string> {
  const email = `editor-${randomBytes(4).toString('hex')}@huijiu.example.cn`;
  const password = `Aa1-${randomBytes(16).toString('base64')}`;
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await strapi.service('admin::user').create({
    email,
    firstname: '测试',
    lastname: '编辑',
    password,
    isActive: true,
    roles: [superAdmin.id],
  });

  return loginAsAdmin(strapi, email, password);
}

/** Logs an existing admin user in through the admin API; returns the session token. */
export async function loginAsAdmin(
  strapi: Core.Strapi,
  email: string,
  password: string,
): Promise<string> {
  const response = await request(strapi.server.httpServer)
    .post('/admin/login')
    .send({ email, password });
  if (response.status !== 200) {
    throw new Error(`admin login failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body.data.token as string;
}
