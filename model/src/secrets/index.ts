/** Whether a value is a secret: what Lens never shows in clear, and warns about when committed. */
export { isSecretKey, looksLikeSecret, looksRandom, mentionsSecret, shouldHideValue } from './looks-like-secret';
export { MASK, maskSecretsInText } from './mask-secrets-in-text';
