import type { Core, UID } from '@strapi/strapi';

import { REVIEW_FIELDS, REVIEWED_TYPES } from './review';

/**
 * The admin roles of the editorial team, kept to an exact list of permissions at every start:
 * 作者 writes drafts, 审核员 also publishes and deletes, SEO专员 reads everything public and
 * edits only the SEO block and the slug. Strapi's own roles (super admin, and the unused
 * Editor and Author it makes on a fresh database) are left as Strapi keeps them.
 */

export type AdminRoleKey = 'author' | 'reviewer' | 'seo';

export interface AdminRoleDefinition {
  /** Stable identifier, so that a role renamed in the admin is found and named back. */
  code: string;
  /** What the admin shows in the role list and the user form. */
  name: string;
  description: string;
}

export const ADMIN_ROLES: Record<AdminRoleKey, AdminRoleDefinition> = {
  author: {
    code: 'huijiu-author',
    name: '作者',
    description:
      '撰写和修改资讯、供求信息、团购、商家、抽奖和友情链接的草稿并提交审核；不能发布或删除',
  },
  reviewer: {
    code: 'huijiu-reviewer',
    name: '审核员',
    description: '作者的全部权限，另可审核、发布、下线和删除这些内容',
  },
  seo: {
    code: 'huijiu-seo',
    name: 'SEO专员',
    description: '查看所有公开内容，只能修改 SEO 设置和网址别名；不能新建、发布或删除',
  },
};

const CATEGORY: UID.ContentType = 'api::category.category';
/** Every type the public site shows; SEO staff tune all of them. */
const PUBLIC_TYPES: readonly UID.ContentType[] = [...REVIEWED_TYPES, CATEGORY];

const explorer = (verb: 'create' | 'read' | 'update' | 'delete' | 'publish') =>
  `plugin::content-manager.explorer.${verb}`;

/** One admin permission as Strapi stores it, reduced to what decides what a role may do. */
export interface RolePermission {
  action: string;
  subject: string | null;
  properties: { fields?: string[] };
  conditions: string[];
  actionParameters: Record<string, never>;
}

const permission = (
  action: string,
  subject: string | null = null,
  fields?: string[],
  conditions: string[] = [],
): RolePermission => ({
  action,
  subject,
  properties: fields ? { fields } : {},
  conditions,
  actionParameters: {},
});

interface AdminContentTypeService {
  getNestedFields(model: unknown, options: { components: unknown }): string[];
}

/**
 * The field paths of a type as Strapi's role editor writes them: component fields as leaf
 * paths (`seo.metaTitle`), in schema order. Strapi rewrites any stored list into this form at
 * start-up (a bare `seo` becomes its leaves), so a list in any other form would be rewritten on
 * every start and never compare equal.
 */
function fieldsOf(strapi: Core.Strapi, uid: UID.ContentType): string[] {
  const service = strapi.service('admin::content-type') as unknown as AdminContentTypeService;
  return service.getNestedFields(strapi.contentType(uid), { components: strapi.components });
}

const isReviewField = (field: string) =>
  (REVIEW_FIELDS as readonly string[]).includes(field.split('.')[0]);

/**
 * Media library rights an editor needs to attach pictures: browse and pick any file, upload new
 * ones, and fix the name or alt text of the files they uploaded themselves.
 */
const EDITOR_MEDIA = [
  permission('plugin::upload.read'),
  permission('plugin::upload.assets.create'),
  permission('plugin::upload.assets.update', null, undefined, ['admin::is-creator']),
];

/** SEO staff pick or upload a share image (`seo.ogImage`); they change no one else's files. */
const SEO_MEDIA = [permission('plugin::upload.read'), permission('plugin::upload.assets.create')];

/**
 * Writing drafts: every field readable, every field writable except the review state and note,
 * which only the review flow sets (the admin shows them to the author read-only).
 */
function authorPermissions(strapi: Core.Strapi): RolePermission[] {
  const permissions = REVIEWED_TYPES.flatMap((uid) => {
    const fields = fieldsOf(strapi, uid);
    const writable = fields.filter((field) => !isReviewField(field));
    return [
      permission(explorer('create'), uid, writable),
      permission(explorer('read'), uid, fields),
      permission(explorer('update'), uid, writable),
    ];
  });
  // Categories are read for the relation pickers; the category tree is the super admin's.
  permissions.push(permission(explorer('read'), CATEGORY, fieldsOf(strapi, CATEGORY)));
  return [...permissions, ...EDITOR_MEDIA];
}

/** An author's rights plus publish (which includes unpublish and approving) and delete. */
function reviewerPermissions(strapi: Core.Strapi): RolePermission[] {
  const extra = REVIEWED_TYPES.flatMap((uid) => [
    permission(explorer('delete'), uid),
    permission(explorer('publish'), uid),
  ]);
  return [...authorPermissions(strapi), ...extra];
}

/**
 * Reading every public type and updating only `slug` and the whole SEO block. The block is
 * listed by all its leaves: with only some of them, a save whose component arrives without its
 * id would recreate the component and lose the fields left out. Types without either field
 * (friend links) are read only.
 */
function seoPermissions(strapi: Core.Strapi): RolePermission[] {
  const permissions = PUBLIC_TYPES.flatMap((uid) => {
    const fields = fieldsOf(strapi, uid);
    const seoFields = fields.filter((field) => field === 'slug' || field.startsWith('seo.'));
    const read = permission(explorer('read'), uid, fields);
    return seoFields.length > 0 ? [read, permission(explorer('update'), uid, seoFields)] : [read];
  });
  return [...permissions, ...SEO_MEDIA];
}

/** The exact permission list of one role. */
export function adminRolePermissions(strapi: Core.Strapi, key: AdminRoleKey): RolePermission[] {
  if (key === 'author') return authorPermissions(strapi);
  if (key === 'reviewer') return reviewerPermissions(strapi);
  return seoPermissions(strapi);
}

interface StoredRole {
  id: number;
  code: string;
  name: string;
  description: string | null;
}

interface AdminRoleService {
  findOne(where: Partial<Pick<StoredRole, 'code' | 'name'>>): Promise<StoredRole | null>;
  create(attributes: Omit<StoredRole, 'id'>): Promise<StoredRole>;
  update(where: { id: number }, attributes: Partial<StoredRole>): Promise<StoredRole>;
  assignPermissions(roleId: number, permissions: RolePermission[]): Promise<unknown>;
}

const roleService = (strapi: Core.Strapi) =>
  strapi.service('admin::role') as unknown as AdminRoleService;

/** Finds one of the team's roles, by its code or, for one made by hand, by its name. */
export async function findAdminRole(
  strapi: Core.Strapi,
  key: AdminRoleKey,
): Promise<StoredRole | null> {
  const { code, name } = ADMIN_ROLES[key];
  const roles = roleService(strapi);
  return (await roles.findOne({ code })) ?? (await roles.findOne({ name }));
}

/** One permission as a comparable line; field order counts, as it does for Strapi. */
const permissionKey = (p: RolePermission) =>
  JSON.stringify([p.action, p.subject, p.properties.fields ?? null, [...p.conditions].sort()]);

/** What a role may do now, as sorted comparable lines (for the sync and for tests). */
export async function storedRolePermissions(
  strapi: Core.Strapi,
  roleId: number,
): Promise<string[]> {
  const stored = (await strapi.db
    .query('admin::permission')
    .findMany({ where: { role: { id: roleId } } })) as RolePermission[];
  return stored.map(permissionKey).sort();
}

/**
 * Creates the team's roles when missing and puts each back to its exact name, description and
 * permissions, so that a right ticked or removed by hand in the admin does not survive a
 * restart. Nothing is written when a role is already in line.
 */
export async function syncAdminRoles(strapi: Core.Strapi): Promise<void> {
  const roles = roleService(strapi);

  for (const key of Object.keys(ADMIN_ROLES) as AdminRoleKey[]) {
    const { code, name, description } = ADMIN_ROLES[key];
    let role = await findAdminRole(strapi, key);
    if (!role) {
      role = await roles.create({ code, name, description });
      strapi.log.info(`Admin role ${name} created`);
    } else if (role.name !== name || role.description !== description) {
      await roles.update({ id: role.id }, { name, description });
      strapi.log.info(`Admin role ${name}: name and description brought back in line`);
    }

    const wanted = adminRolePermissions(strapi, key);
    const wantedKeys = wanted.map(permissionKey).sort();
    const storedKeys = await storedRolePermissions(strapi, role.id);
    if (JSON.stringify(wantedKeys) === JSON.stringify(storedKeys)) continue;

    await roles.assignPermissions(role.id, wanted);
    strapi.log.info(`Admin role ${name}: permissions brought back in line`);
  }
}
