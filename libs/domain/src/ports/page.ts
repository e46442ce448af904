/** A slice of a longer, ordered result. */
export interface Page<T> {
  items: T[];
  /** How many items match in all, so replies can say "3 of 42". */
  total: number;
}

export interface PageRequest {
  limit: number;
  offset: number;
}
