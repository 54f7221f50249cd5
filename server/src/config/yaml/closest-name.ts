/**
 * The allowed name a misspelt one most likely meant: same letters ignoring case, `-` and `_`
 * (`base-directory` → `baseDirectory`), or within a small edit distance. Undefined when nothing is close.
 */
export function closestName(written: string, allowed: readonly string[]): string | undefined {
  const normalized = normalize(written);
  const exact = allowed.find((name) => normalize(name) === normalized);
  if (exact) return exact;
  const limit = normalized.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const name of allowed) {
    const distance = editDistance(normalized, normalize(name));
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}

function normalize(name: string): string {
  return name.toLowerCase().replace(/[-_]/g, '');
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
