import type { LensDiagnostic } from './lens-diagnostic';

/**
 * One file's diagnostics come from several analyses — its schema, its config schema, the checks
 * of the project it belongs to. Each analysis replaces only its own share; the file is published
 * with all shares merged, and a share that disappears is cleared.
 */
export class DiagnosticsPublisher {
  private readonly shares = new Map<string, Map<string, LensDiagnostic[]>>();

  constructor(private readonly send: (uri: string, diagnostics: LensDiagnostic[]) => Promise<void>) {}

  /** Sets `source`'s diagnostics for one file. */
  async publish(source: string, uri: string, diagnostics: LensDiagnostic[]): Promise<void> {
    this.store(source, uri, diagnostics);
    await this.send(uri, this.merged(uri));
  }

  /** Replaces everything `source` reported, across files: files it no longer mentions are cleared of it. */
  async replaceAll(source: string, byUri: ReadonlyMap<string, LensDiagnostic[]>): Promise<void> {
    const touched = new Set<string>(byUri.keys());
    for (const [uri, shares] of this.shares) if (shares.has(source)) touched.add(uri);
    for (const uri of touched) {
      const next = byUri.get(uri) ?? [];
      const previous = this.shares.get(uri)?.get(source) ?? [];
      this.store(source, uri, next);
      if (next.length > 0 || previous.length > 0 || byUri.has(uri)) await this.send(uri, this.merged(uri));
    }
  }

  /** Every diagnostic currently published for `uri` (quick fixes are looked up here). */
  diagnosticsOf(uri: string): LensDiagnostic[] {
    return this.merged(uri);
  }

  private store(source: string, uri: string, diagnostics: LensDiagnostic[]): void {
    let shares = this.shares.get(uri);
    if (!shares) this.shares.set(uri, (shares = new Map()));
    if (diagnostics.length > 0) shares.set(source, diagnostics);
    else shares.delete(source);
  }

  private merged(uri: string): LensDiagnostic[] {
    return [...(this.shares.get(uri)?.values() ?? [])].flat();
  }
}

export function groupByUri(diagnostics: readonly LensDiagnostic[]): Map<string, LensDiagnostic[]> {
  const byUri = new Map<string, LensDiagnostic[]>();
  for (const diagnostic of diagnostics) {
    const list = byUri.get(diagnostic.uri);
    if (list) list.push(diagnostic);
    else byUri.set(diagnostic.uri, [diagnostic]);
  }
  return byUri;
}
