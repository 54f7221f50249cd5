import { Kind } from 'graphql';
import { findArgument } from '../amplify-schema-model';
import type { QuickFix } from '../../lens-diagnostic';
import type { SchemaRule } from '../rule-context';
import { fieldDirectiveUses, replaceNodeFix } from './directive-rule-support';

/** The transformer's own test, case-sensitive: `HTTPS://` is rejected too. */
export const VALID_PROTOCOL = /^http(s)?:\/\//;

/** `@http` (http-transformer): the url must start with `http://` or `https://`. */
export const httpDirectiveRules: SchemaRule = {
  name: 'http-directive',
  run({ model, report }) {
    for (const { directive } of fieldDirectiveUses(model, 'http')) {
      const url = findArgument(directive, 'url')?.value;
      if (url?.kind !== Kind.STRING || VALID_PROTOCOL.test(url.value)) continue;
      report({
        node: url,
        code: 'http-invalid-url',
        message: `@http directive requires a url parameter that begins with http:// or https://. Found "${url.value}".`,
        fixes: urlFixes(url, url.value),
      });
    }
  },
};

export function urlFixes(node: Parameters<typeof replaceNodeFix>[1], url: string): QuickFix[] {
  const scheme = /^(https?):\/\//i.exec(url);
  if (scheme) {
    const fixed = scheme[1].toLowerCase() + url.slice(scheme[1].length);
    return replaceNodeFix(`Write the scheme as ${scheme[1].toLowerCase()}://`, node, JSON.stringify(fixed));
  }
  // Anything else with a scheme (ftp://, wss://) is not something we can repair.
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^[^:/]+:\d/.test(url)) return [];
  if (url.trim() === '') return [];
  return replaceNodeFix('Prefix with https://', node, JSON.stringify(`https://${url.replace(/^\/\//, '')}`));
}
