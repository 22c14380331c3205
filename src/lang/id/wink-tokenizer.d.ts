// wink-tokenizer ships no type declarations; this is the part of its API the id tokeniser uses.
declare module 'wink-tokenizer' {
  interface WinkToken {
    value: string;
    tag: string;
  }
  interface WinkTokenizer {
    tokenize(text: string): WinkToken[];
  }
  export default function winkTokenizer(): WinkTokenizer;
}
