/**
 * CAM rules for a policy's name and description.
 * Sources: CreatePolicy, https://www.tencentcloud.com/document/api/598/32248 (the SDK's comment on PolicyName: 1-128 of
 * letters, digits and `+=,.@-_`), and its error InvalidParameter.DescriptionLengthOverlimit (at most 300 bytes).
 */

import type { TemplatePart } from './terraform-template';

/** 1-128 characters of letters, digits and `+=,.@_-`. */
export const POLICY_NAME_PATTERN = /^[A-Za-z0-9+=,.@_-]{1,128}$/;

/** The longest description CAM stores, in UTF-8 bytes. */
export const MAX_DESCRIPTION_BYTES = 300;

/** Why `name` is not a valid CAM policy name, or `undefined`. */
export function checkPolicyName(name: string): string | undefined {
  if (POLICY_NAME_PATTERN.test(name)) return undefined;
  const bad = [...new Set(name.replace(/[A-Za-z0-9+=,.@_-]/g, ''))].map((c) => JSON.stringify(c)).join(', ');
  const why = name.length === 0 ? 'it is empty' : name.length > 128 ? `it has ${name.length} characters` : `it contains ${bad}`;
  return `Policy name ${JSON.stringify(name)} is not valid for CAM: ${why}. Use 1-128 letters, digits and + = , . @ _ -.`;
}

/** Why `description` is too long for CAM, or `undefined`. */
export function checkDescription(description: string): string | undefined {
  const bytes = Buffer.byteLength(description, 'utf8');
  if (bytes <= MAX_DESCRIPTION_BYTES) return undefined;
  return `Description has ${bytes} bytes in UTF-8; CAM allows at most ${MAX_DESCRIPTION_BYTES}. Shorten it by ${bytes - MAX_DESCRIPTION_BYTES} bytes.`;
}

/**
 * Turns any label into a valid policy name: disallowed characters become `-`; a label over 128
 * characters keeps its first 119 and a hash suffix, so it stays deterministic and distinct.
 */
export function toPolicyName(label: string, hash: (s: string) => string): string {
  const cleaned = label.replace(/[^A-Za-z0-9+=,.@_-]/g, '-') || 'policy';
  return cleaned.length <= 128 ? cleaned : `${cleaned.slice(0, 119)}-${hash(label).slice(0, 8)}`;
}

/**
 * {@link checkPolicyName} for a name as Terraform will read it: plain text is checked whole; around a
 * Terraform expression, only the characters a policy name allows.
 */
export function checkPolicyNameParts(parts: readonly TemplatePart[]): string | undefined {
  if (parts.every((p) => p.kind === 'text')) return checkPolicyName(parts.map((p) => p.text).join(''));
  const text = parts.filter((p) => p.kind === 'text').map((p) => p.text).join('');
  const bad = [...new Set(text.replace(/[A-Za-z0-9+=,.@_-]/g, ''))];
  if (bad.length === 0) return undefined;
  return `Policy name ${JSON.stringify(parts.map((p) => p.text).join(''))} is not valid for CAM: its text around the Terraform expression ` +
    `contains ${bad.map((c) => JSON.stringify(c)).join(', ')}. Use 1-128 letters, digits and + = , . @ _ -.`;
}

/** {@link checkDescription} for a description as Terraform will read it: its text alone must fit. */
export function checkDescriptionParts(parts: readonly TemplatePart[]): string | undefined {
  return checkDescription(parts.filter((p) => p.kind === 'text').map((p) => p.text).join(''));
}
