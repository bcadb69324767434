import { randomInt } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import { findAdminRole, type AdminRoleKey } from './admin-roles';

/** One account the demo made, with the only copy of its password. */
export interface DemoAdminAccount {
  /** The role as the admin names it. */
  role: string;
  email: string;
  password: string;
}

interface DemoUser {
  role: AdminRoleKey | 'super-admin';
  email: string;
  firstname: string;
}

/** The super admin first: Strapi lets the first account be made only while none exists. */
const DEMO_USERS: readonly DemoUser[] = [
  { role: 'super-admin', email: 'admin@demo.huijiu.cn', firstname: '演示管理员' },
  { role: 'author', email: 'author@demo.huijiu.cn', firstname: '演示作者' },
  { role: 'reviewer', email: 'reviewer@demo.huijiu.cn', firstname: '演示审核员' },
  { role: 'seo', email: 'seo@demo.huijiu.cn', firstname: '演示SEO专员' },
];

// Letters and digits that cannot be mistaken for each other when read off a terminal.
const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const PASSWORD_LENGTH = 20;

/**
 * A password of 20 characters drawn with the system's secure random source (about 115 bits),
 * holding a lower-case letter, an upper-case letter and a digit as Strapi's admin asks.
 */
export function generatePassword(): string {
  const alphabet = LOWER + UPPER + DIGITS;
  for (;;) {
    const password = Array.from(
      { length: PASSWORD_LENGTH },
      () => alphabet[randomInt(alphabet.length)],
    ).join('');
    const complete = [LOWER, UPPER, DIGITS].every((set) =>
      [...password].some((char) => set.includes(char)),
    );
    if (complete) return password;
  }
}

interface AdminUserService {
  exists(): Promise<boolean>;
  createFirstAdmin(attributes: Record<string, unknown>): Promise<{ id: number }>;
  create(attributes: Record<string, unknown>): Promise<{ id: number }>;
}

/**
 * Makes the demo's admin accounts on a database without any: the super admin and one user per
 * editorial role, each with a fresh random password returned here and stored nowhere else
 * (Strapi keeps only its hash). A database that already has an admin account is left alone,
 * so this never makes or resets accounts again. Call it after a fresh demo seed only.
 */
export async function createDemoAdmins(strapi: Core.Strapi): Promise<DemoAdminAccount[]> {
  const users = strapi.service('admin::user') as unknown as AdminUserService;
  if (await users.exists()) return [];

  const accounts: DemoAdminAccount[] = [];
  for (const { role, email, firstname } of DEMO_USERS) {
    const password = generatePassword();
    const attributes = { email, firstname, password, isActive: true, preferedLanguage: 'zh-Hans' };

    if (role === 'super-admin') {
      await users.createFirstAdmin(attributes);
      accounts.push({ role: '超级管理员', email, password });
      continue;
    }

    const stored = await findAdminRole(strapi, role);
    if (!stored) throw new Error(`The admin role ${role} is missing; syncAdminRoles runs first`);
    await users.create({ ...attributes, roles: [stored.id] });
    accounts.push({ role: stored.name, email, password });
  }

  strapi.log.info(`Demo admin accounts created: ${accounts.map((a) => a.email).join(', ')}`);
  return accounts;
}

/** The accounts as the operator reads them in the terminal, one per line. */
export function formatDemoAccounts(accounts: readonly DemoAdminAccount[]): string {
  const width = Math.max(...accounts.map(({ email }) => email.length));
  const lines = accounts.map(
    ({ role, email, password }) => `    ${email.padEnd(width)}  ${password}  ${role}`,
  );
  return [
    '  Admin accounts of the demo (shown only this once; change the passwords under 个人设置):',
    ...lines,
  ].join('\n');
}
