/** Whose a term is, in the words every view shows next to it: "Yours", "Team: Acme sourcing", or nothing for shipped terms. */
export function ownerLabel(term: { readonly source?: 'custom' | 'team' | undefined; readonly pack?: { readonly name: string } | undefined }): string | undefined {
  if (term.source === 'team') return `Team: ${term.pack?.name ?? 'team pack'}`;
  if (term.source === 'custom') return 'Yours';
  return undefined;
}
