/** Hands out ids unique within one scope, keeping a preferred id when it is valid and still free. */
export class IdAllocator {
  readonly #used = new Set<string>();
  readonly #prefix: string;
  readonly #isValid: (id: string) => boolean;
  #next = 1;

  constructor(prefix: string, isValid: (id: string) => boolean = () => true) {
    this.#prefix = prefix;
    this.#isValid = isValid;
  }

  take(preferred: string | null | undefined): string {
    let id = preferred && this.#isValid(preferred) ? preferred : `${this.#prefix}${this.#next++}`;
    while (this.#used.has(id)) id = `${this.#prefix}${this.#next++}`;
    this.#used.add(id);
    return id;
  }
}
