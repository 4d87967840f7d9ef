// Shape shared by every bench/*.bench.ts module; bench/run.ts prints and aggregates them.

/** One measured figure, e.g. `{ name: "compiled resolve, 10,000 providers", value: 41.2, unit: "ns/op" }`. */
export interface BenchFigure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
}

/** A target checked against figures of the same run, e.g. a ratio to a baseline. */
export interface BenchTarget {
  readonly name: string;
  /** The measured value the target is about (a ratio, milliseconds, a share…). */
  readonly actual: number;
  /** The bound, inclusive. */
  readonly limit: number;
  readonly unit: string;
  readonly met: boolean;
}

/** What a bench module returns. */
export interface BenchSection {
  readonly title: string;
  readonly figures: readonly BenchFigure[];
  readonly targets: readonly BenchTarget[];
}

/** Every `bench/*.bench.ts` default-exports one of these. */
export type BenchModule = () => Promise<BenchSection> | BenchSection;
