/**
 * An error a feature module raises on purpose, carrying the HTTP status and the Chinese sentence
 * the user sees. Modules extend it; the error filter maps it without knowing the module.
 */
export abstract class DomainError extends Error {
  protected constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
