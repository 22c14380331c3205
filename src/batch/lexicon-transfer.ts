import { createAnnotator } from '../annotator.js';
import { InvalidArgumentError, describe } from '../errors.js';
import { defaultLexicon } from '../lexicon/defaults.js';
import { Lexicon } from '../lexicon/lexicon.js';
import type { LexiconEntry } from '../types.js';

/**
 * A lexicon as plain data, so a worker can rebuild exactly the same layers (newer layers outrank
 * older ones in matching, so flattening them could change the output). The default lexicon is not
 * copied: each worker reads it from the package like the main thread does.
 */
export type LexiconTransfer =
  | { kind: 'default' }
  | { kind: 'layers'; base: 'default' | LexiconEntry[]; layers: LexiconEntry[][] };

/** Resolves `annotateMany`'s `lexicons` option the way `createAnnotator` does. */
export function transferLexicon(lexicons: LexiconEntry[] | Lexicon | undefined): LexiconTransfer {
  if (lexicons === undefined) return { kind: 'default' };
  if (Array.isArray(lexicons)) return { kind: 'layers', base: 'default', layers: [lexicons] };
  if (!(lexicons instanceof Lexicon)) {
    throw new InvalidArgumentError(`annotateMany: options.lexicons must be an array of entries or a Lexicon, got ${describe(lexicons)}.`);
  }
  const layers = lexicons.layers();
  // Each layer's own entries, in the order they were given (order breaks ties between entries sharing a name).
  const own = layers.map((layer) => [...layer.ownEntries]);
  const root = layers[0]!;
  return { kind: 'layers', base: root === loadedDefaults() ? 'default' : own[0]!, layers: own.slice(1) };
}

/** Rebuilds the lexicon a transfer describes. */
export function receiveLexicon(transfer: LexiconTransfer): Lexicon {
  if (transfer.kind === 'default') return createAnnotator().lexicon;
  let lexicon = transfer.base === 'default' ? defaultLexicon() : Lexicon.of(transfer.base);
  for (const layer of transfer.layers) lexicon = lexicon.extend(layer);
  return lexicon;
}

function loadedDefaults(): Lexicon | undefined {
  try {
    return defaultLexicon();
  } catch {
    return undefined; // no default lexicon installed: the root layer is the caller's own
  }
}
