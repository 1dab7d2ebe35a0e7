// html-encoding-sniffer ships no types; this is the part Galley uses.
declare module "html-encoding-sniffer" {
  interface SniffOptions {
    xml?: boolean;
    transportLayerEncodingLabel?: string;
    /** Returned when nothing in the bytes names an encoding; null tells "undeclared" apart. */
    defaultEncoding?: string | null;
  }
  /** The WHATWG encoding sniffing algorithm: BOM, transport label, then the `<meta>` prescan. */
  export default function sniffHtmlEncoding(bytes: Uint8Array, options?: SniffOptions): string | null;
}
