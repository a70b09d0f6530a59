// Transformer decoders as ParamLayer lists (architectures.ts), from their published configurations.
import { dense, type ParamLayer } from './architectures.js';

export interface GptConfig {
  layers: number;
  dModel: number;
  /** Attention heads: they split d_model and add no parameters of their own. */
  heads: number;
  context: number;
  vocab: number;
  /** Feed-forward width (GPT-2/3: 4 d_model). */
  ffn?: number;
  /** Output projection shares the token embedding (GPT-2/3 do); false adds a vocab x d matrix. */
  tiedEmbeddings?: boolean;
  /** Count the token and position embeddings (default true). */
  embeddings?: boolean;
}

/**
 * A GPT-2/GPT-3 decoder (Radford et al. 2019; Brown et al. 2020): token and learned position
 * embeddings; per block LN, attention (fused q,k,v d -> 3d and output d -> d, with biases), LN,
 * MLP d -> ffn -> d with biases; a final LN. Sparse attention patterns change no shapes.
 */
export function gptLayers(c: GptConfig): ParamLayer[] {
  const d = c.dModel;
  const ffn = c.ffn ?? 4 * d;
  if (d % c.heads) throw new Error(`d_model ${d} is not divisible by ${c.heads} heads`);
  const layers: ParamLayer[] = c.embeddings === false ? [] : [
    { kind: 'embedding', name: 'tokens', rows: c.vocab, dim: d },
    { kind: 'embedding', name: 'positions', rows: c.context, dim: d },
  ];
  for (let b = 0; b < c.layers; b++) {
    const p = `block${b + 1}`;
    layers.push({ kind: 'layerNorm', name: `${p}.ln1`, features: d }, dense(`${p}.qkv`, d, 3 * d), dense(`${p}.proj`, d, d));
    layers.push({ kind: 'layerNorm', name: `${p}.ln2`, features: d }, dense(`${p}.fc`, d, ffn), dense(`${p}.out`, ffn, d));
  }
  layers.push({ kind: 'layerNorm', name: 'lnFinal', features: d });
  if (c.tiedEmbeddings === false && c.embeddings !== false) layers.push(dense('unembed', d, c.vocab, false));
  return layers;
}

/** GPT-3 175B, Brown et al. (2020), table 2.1: 96 layers, d_model 12288, 96 heads, context 2048; GPT-2 BPE vocabulary of 50257. */
export const GPT3_175B: GptConfig = { layers: 96, dModel: 12288, heads: 96, context: 2048, vocab: 50257 };
