import type { z } from 'zod';

/** The first message for each field, keyed by the field's name, to show beside it. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return errors;
}

/** A form field as text: missing and non-text values (files) become an empty string. */
export function textField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/**
 * A `datetime-local` field (2026-12-10T09:30) as the moment it means in China, where members
 * are: 2026-12-10T09:30:00+08:00. Anything else is passed on for the schema to refuse.
 */
export function chinaMoment(value: string): string {
  const trimmed = value.trim();
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(trimmed) ? `${trimmed}:00+08:00` : trimmed;
}

/** Whether a bot filled in the field people never see (the `.trap` honeypot). */
export const isBot = (form: FormData): boolean => textField(form, 'website') !== '';
